package io.github.qbanklint.core.paths;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

/**
 * Files that are never opened: pipes, sockets and devices (opening a pipe waits for a writer), and
 * anything under {@code /proc}, {@code /sys} or {@code /dev}, where a "regular file" may be the
 * process's environment or memory.
 */
public final class SpecialFiles {
  private static final List<Path> SYSTEM_TREES =
      List.of(Path.of("/proc"), Path.of("/sys"), Path.of("/dev"));

  private SpecialFiles() {}

  /**
   * Why the file at {@code real} (symbolic links resolved) is not to be opened, or empty when it is
   * an ordinary file or directory.
   */
  public static Optional<String> whyNotOpened(Path real, BasicFileAttributes attributes) {
    for (Path tree : SYSTEM_TREES) {
      if (real.startsWith(tree)) {
        return Optional.of("a system file under " + tree + ", not a Markdown file: not read");
      }
    }
    if (attributes.isOther()) {
      return Optional.of(
          "not a regular file (a pipe, socket or device): not read; exclude it in .qbank-lint.yml");
    }
    return Optional.empty();
  }
}
