package io.github.qbanklint.core.git;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The git work tree that holds a directory, and the commit checked out there, read from the files
 * under {@code .git} without running git: a report should not start a process that reads the
 * repository's own {@code .git/config}, nor fail where git is missing or refuses a directory owned
 * by another user. Those files are untrusted like the rest of the repository, so only regular files
 * are read, never through a symbolic link and only inside the git directory, each of bounded size;
 * a ref name must look like one, and only a hexadecimal object name is ever returned.
 *
 * @param top the directory holding {@code .git}
 * @param commit the full object name of the commit checked out; empty on an unborn branch or when
 *     the files cannot be read this way (a reftable repository, for instance)
 */
public record WorkTree(Path top, Optional<String> commit) {
  private static final Pattern OBJECT_NAME = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
  private static final long SMALL_FILE = 4096;
  private static final long PACKED_REFS_LIMIT = 64L << 20;
  private static final int MAX_SYMBOLIC_DEPTH = 5;

  /** The work tree holding {@code directory} (itself or a parent), if any. */
  public static Optional<WorkTree> containing(Path directory) {
    for (Path dir = directory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path dotGit = dir.resolve(".git");
      Optional<BasicFileAttributes> attributes = attributes(dotGit);
      if (attributes.isPresent()) {
        return Optional.of(
            new WorkTree(
                dir, gitDirectory(dotGit, attributes.get()).flatMap(WorkTree::headCommit)));
      }
    }
    return Optional.empty();
  }

  /** {@code .git} itself, or where a {@code .git} file (a linked worktree, a submodule) points. */
  private static Optional<Path> gitDirectory(Path dotGit, BasicFileAttributes attributes) {
    if (attributes.isDirectory()) {
      return Optional.of(dotGit);
    }
    return readSmall(dotGit, dotGit.getParent())
        .filter(text -> text.startsWith("gitdir: "))
        .map(text -> dotGit.getParent().resolve(text.substring(8).strip()).normalize())
        .filter(dir -> Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS));
  }

  private static Optional<String> headCommit(Path gitDir) {
    Path commonDir =
        readSmall(gitDir.resolve("commondir"), gitDir)
            .map(text -> gitDir.resolve(text.strip()).normalize())
            .filter(dir -> Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS))
            .orElse(gitDir);
    return readSmall(gitDir.resolve("HEAD"), gitDir)
        .flatMap(head -> resolve(head.strip(), gitDir, commonDir, 0));
  }

  /** An object name, or the commit that a {@code ref: NAME} line leads to. */
  private static Optional<String> resolve(String value, Path gitDir, Path commonDir, int depth) {
    if (OBJECT_NAME.matcher(value).matches()) {
      return Optional.of(value);
    }
    if (!value.startsWith("ref: ") || depth >= MAX_SYMBOLIC_DEPTH) {
      return Optional.empty();
    }
    String ref = value.substring(5).strip();
    if (!isRefName(ref)) {
      return Optional.empty();
    }
    Optional<String> loose =
        readSmall(gitDir.resolve(ref), gitDir)
            .or(() -> readSmall(commonDir.resolve(ref), commonDir));
    if (loose.isPresent()) {
      return resolve(loose.get().strip(), gitDir, commonDir, depth + 1);
    }
    return packed(commonDir, ref);
  }

  /** A name under {@code refs/} without the parts git forbids ({@code ..}, {@code /.}, …). */
  static boolean isRefName(String ref) {
    if (!ref.startsWith("refs/") || ref.length() > 1024 || ref.endsWith(".lock")) {
      return false;
    }
    for (String part : ref.split("/", -1)) {
      if (part.isEmpty() || part.startsWith(".")) {
        return false;
      }
    }
    return ref.chars().noneMatch(c -> c <= ' ' || c == 0x7f || "\\~^:?*[".indexOf(c) >= 0)
        && !ref.contains("..")
        && !ref.contains("@{");
  }

  private static Optional<String> packed(Path commonDir, String ref) {
    Path file = commonDir.resolve("packed-refs");
    if (!isConfinedRegularFile(file, commonDir, PACKED_REFS_LIMIT)) {
      return Optional.empty();
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        int space = line.indexOf(' ');
        if (space > 0 && line.substring(space + 1).equals(ref)) {
          String name = line.substring(0, space);
          return OBJECT_NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
        }
      }
    } catch (IOException | RuntimeException e) {
      // Unreadable or not UTF-8: the report then shows no commit.
    }
    return Optional.empty();
  }

  private static Optional<String> readSmall(Path file, Path boundary) {
    if (!isConfinedRegularFile(file, boundary, SMALL_FILE)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether {@code file} is a regular file (not a link, a pipe or a device) of at most {@code
   * limit} bytes whose real path lies in {@code boundary}, so a linked parent cannot lead out.
   */
  private static boolean isConfinedRegularFile(Path file, Path boundary, long limit) {
    Optional<BasicFileAttributes> attributes = attributes(file);
    if (attributes.isEmpty()
        || !attributes.get().isRegularFile()
        || attributes.get().size() > limit) {
      return false;
    }
    try {
      return file.toRealPath().startsWith(boundary.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  private static Optional<BasicFileAttributes> attributes(Path path) {
    try {
      return Optional.of(
          Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
