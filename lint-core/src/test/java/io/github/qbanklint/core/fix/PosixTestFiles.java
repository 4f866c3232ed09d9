package io.github.qbanklint.core.fix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** What the fix tests read and set on files: inode, link count, owner, mode. */
final class PosixTestFiles {
  private PosixTestFiles() {}

  static long inode(Path file) throws IOException {
    return (Long) Files.getAttribute(file, "unix:ino");
  }

  static int links(Path file) throws IOException {
    return (Integer) Files.getAttribute(file, "unix:nlink");
  }

  static int uid(Path file) throws IOException {
    return (Integer) Files.getAttribute(file, "unix:uid");
  }

  static int gid(Path file) throws IOException {
    return (Integer) Files.getAttribute(file, "unix:gid");
  }

  static String mode(Path file) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  static void setMode(Path file, String mode) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
  }

  /** Whether the tests run as root, who may give a file any owner and write any file. */
  static boolean runAsRoot(Path anyNewFile) throws IOException {
    return uid(anyNewFile) == 0;
  }
}
