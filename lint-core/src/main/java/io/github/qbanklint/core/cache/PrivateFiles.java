package io.github.qbanklint.core.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/** Owner-only folders and files, replaced atomically: a reader sees the old file or the new one. */
final class PrivateFiles {
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private PrivateFiles() {}

  static void createDirectories(Path directory) throws IOException {
    if (Files.isDirectory(directory)) {
      return;
    }
    Path parent = directory.getParent();
    if (parent != null) {
      createDirectories(parent);
    }
    try {
      Files.createDirectory(directory, attributes("rwx------"));
    } catch (java.nio.file.FileAlreadyExistsException e) {
      if (!Files.isDirectory(directory)) {
        throw e;
      }
    }
  }

  /**
   * Writes {@code content} to a temporary file beside {@code target}, then moves it over; the
   * buffer is written as it is, not copied (a result cache is tens of megabytes).
   */
  static void replace(Path target, ByteArrayOutputStream content) throws IOException {
    createDirectories(target.getParent());
    Path temporary =
        Files.createTempFile(target.getParent(), ".tmp-", ".part", attributes("rw-------"));
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        content.writeTo(out);
      }
      try {
        Files.move(
            temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Creates {@code target} with {@code bytes} unless it exists; false when another was first. */
  static boolean createNew(Path target, byte[] bytes) throws IOException {
    createDirectories(target.getParent());
    Path temporary =
        Files.createTempFile(target.getParent(), ".tmp-", ".part", attributes("rw-------"));
    try {
      Files.write(temporary, bytes);
      try {
        Files.createLink(target, temporary);
        return true;
      } catch (java.nio.file.FileAlreadyExistsException e) {
        return false;
      } catch (UnsupportedOperationException e) {
        Files.move(temporary, target);
        return true;
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static FileAttribute<?>[] attributes(String permissions) {
    return POSIX
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        }
        : new FileAttribute<?>[0];
  }
}
