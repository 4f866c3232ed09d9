package io.github.qbanklint.core.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Whether a path that a config found in the repository names stays inside the workspace once every
 * symbolic link on the way is followed: {@code ../x}, {@code /etc/x} and {@code linked-dir/x} with
 * {@code linked-dir} pointing out of it all leave it.
 */
final class WorkspacePaths {
  private WorkspacePaths() {}

  /**
   * @param workspace the directory the path is relative to, and must stay in
   * @param path the path as the config writes it
   */
  static boolean staysInside(Path workspace, String path) {
    // A leading slash or backslash is a root or a network share on Windows, whatever it is here.
    if (path.startsWith("/") || path.startsWith("\\")) {
      return false;
    }
    try {
      Path relative = Path.of(path);
      if (relative.isAbsolute() || relative.getRoot() != null) {
        return false;
      }
      Path root = workspace.toRealPath();
      Path current = root;
      for (Path name : relative) {
        String step = name.toString();
        if (step.equals("..")) {
          current = current.getParent();
          if (current == null) {
            return false;
          }
        } else if (!step.equals(".")) {
          Path next = current.resolve(step);
          if (Files.exists(next)) {
            current = next.toRealPath();
          } else if (Files.isSymbolicLink(next)) {
            return false; // a broken link: a file created through it would land where it points
          } else {
            current = next;
          }
        }
      }
      return current.startsWith(root);
    } catch (IOException | InvalidPathException e) {
      return false;
    }
  }
}
