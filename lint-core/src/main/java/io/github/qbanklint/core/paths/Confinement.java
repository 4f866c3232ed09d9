package io.github.qbanklint.core.paths;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a path really leads once its symbolic links are followed, judged against the one directory
 * a run may read: the repository being linted is untrusted input, and a link in it may point at
 * {@code /etc} or {@code /proc/self/environ}. Only the target's path is resolved; nothing is read.
 */
public final class Confinement {
  private final Path boundary;

  /**
   * @param directory the directory paths must really lie in (its own links are followed)
   */
  public Confinement(Path directory) {
    this.boundary = realOrSelf(directory.toAbsolutePath().normalize());
  }

  /** The boundary with its own symbolic links resolved. */
  public Path boundary() {
    return boundary;
  }

  /** What following a path leads to. */
  public sealed interface Location {}

  /** The path exists and really lies in the boundary, at {@code real}. */
  public record Inside(Path real) implements Location {}

  /** The path exists, but really lies outside the boundary, at {@code real}. */
  public record Outside(Path real) implements Location {}

  /** Following the symbolic link {@code link}, on the path or the path itself, never ends. */
  public record Loop(Path link) implements Location {}

  /** Nothing is there (a dangling symbolic link, or no such file). */
  public record Missing() implements Location {}

  /** The path cannot be followed for {@code reason}, for example "permission denied". */
  public record Unreachable(String reason) implements Location {}

  public Location locate(Path path) {
    try {
      Path real = path.toRealPath();
      return real.startsWith(boundary) ? new Inside(real) : new Outside(real);
    } catch (NoSuchFileException e) {
      return new Missing();
    } catch (AccessDeniedException e) {
      return new Unreachable("permission denied");
    } catch (IOException e) {
      return SymlinkLoops.firstIn(path.toAbsolutePath())
          .<Location>map(Loop::new)
          .orElseGet(() -> new Unreachable(reasonOf(e)));
    }
  }

  private static String reasonOf(IOException e) {
    String reason = e instanceof FileSystemException fs ? fs.getReason() : null;
    return Optional.ofNullable(reason).orElse(String.valueOf(e.getMessage()));
  }

  private static Path realOrSelf(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }
}
