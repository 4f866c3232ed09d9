package io.github.qbanklint.core.git;

import java.io.IOException;
import java.nio.file.Path;

/** Compares paths from git (symbolic links resolved) with paths as the user named them. */
final class GitPaths {
  private GitPaths() {}

  /** The path with symbolic links resolved, or as it is when it does not exist (any more). */
  static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (IOException e) {
      Path parent = absolute.getParent();
      return parent == null || parent.equals(absolute)
          ? absolute
          : real(parent).resolve(absolute.getFileName());
    }
  }
}
