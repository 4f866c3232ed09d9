package io.github.qbanklint.core.report;

import io.github.qbanklint.core.document.LineIndex;
import io.github.qbanklint.core.document.StrictUtf8;
import io.github.qbanklint.core.paths.Confinement;
import io.github.qbanklint.core.paths.SpecialFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The lines of the checked files, read from disk when first asked for and kept for the rest of one
 * report. Code frames and baseline fingerprints use them; a file that cannot be read as UTF-8, and
 * anything the tree walk would not read either, has no lines. Not thread-safe: one instance per
 * report.
 */
public final class SourceLines {
  private final Path root;
  private Confinement workspace;
  private String path;
  private Optional<LineIndex> lines = Optional.empty();

  public SourceLines(Path root) {
    this.root = root;
  }

  /** The text of a 1-based line of the file at {@code path} (relative to the root). */
  public Optional<String> line(String path, int line) {
    return lineOf(lines(path), line);
  }

  /**
   * The lines of the file at {@code path}, indexed; immutable, so they may be shared with other
   * threads.
   */
  public Optional<LineIndex> lines(String path) {
    if (!path.equals(this.path)) {
      this.path = path;
      this.lines = read(path);
    }
    return lines;
  }

  /** The text of a 1-based line of indexed lines, if there is such a line. */
  public static Optional<String> lineOf(Optional<LineIndex> lines, int line) {
    return lines
        .filter(index -> line >= 1 && line <= index.lineCount())
        .map(index -> index.lineText(line));
  }

  private Optional<LineIndex> read(String path) {
    try {
      Optional<Path> file = readable(Path.of(path));
      if (file.isEmpty()) {
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file.get());
      return StrictUtf8.decode(bytes, 0)
          .map(text -> text.startsWith("\uFEFF") ? text.substring(1) : text)
          .map(LineIndex::new);
    } catch (IOException | java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * Where the file at {@code path} may be read: a regular file in the workspace (a finding on a
   * symbolic link out of it must not show what it points to), or a path outside it that the user
   * named; never a pipe or a {@code /proc} file.
   */
  private Optional<Path> readable(Path path) throws IOException {
    Path file = root.resolve(path);
    if (path.isAbsolute()) {
      return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          ? Optional.of(file)
          : Optional.empty();
    }
    if (!(workspace().locate(file) instanceof Confinement.Inside inside)) {
      return Optional.empty();
    }
    BasicFileAttributes attributes =
        Files.readAttributes(inside.real(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    boolean ordinary =
        attributes.isRegularFile()
            && SpecialFiles.whyNotOpened(inside.real(), attributes).isEmpty();
    return ordinary ? Optional.of(inside.real()) : Optional.empty();
  }

  private Confinement workspace() {
    if (workspace == null) {
      workspace = new Confinement(root);
    }
    return workspace;
  }
}
