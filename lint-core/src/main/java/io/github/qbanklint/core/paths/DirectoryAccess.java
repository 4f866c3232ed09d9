package io.github.qbanklint.core.paths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Whether a directory may be listed. Root lists any directory whatever its permissions; so that a
 * run as root (a container) and a run as a user (a CI runner) agree, a directory the running user
 * owns is listed only when its owner's read and execute bits are set.
 */
public final class DirectoryAccess {
  private DirectoryAccess() {}

  public static boolean mayList(Path directory) {
    if (!Files.isReadable(directory) || !Files.isExecutable(directory)) {
      return false;
    }
    try {
      PosixFileAttributes attributes = Files.readAttributes(directory, PosixFileAttributes.class);
      if (!attributes.owner().getName().equals(System.getProperty("user.name"))) {
        return true;
      }
      Set<PosixFilePermission> permissions = attributes.permissions();
      return permissions.contains(PosixFilePermission.OWNER_READ)
          && permissions.contains(PosixFilePermission.OWNER_EXECUTE);
    } catch (UnsupportedOperationException | IOException e) {
      return true; // not a POSIX file system: the access check above is all there is
    }
  }
}
