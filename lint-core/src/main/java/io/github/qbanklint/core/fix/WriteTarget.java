package io.github.qbanklint.core.fix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A file a fix may replace: the real file behind a path (a symbolic link to it stays and keeps
 * pointing to it), inside the workspace root, with one name, writable by its owner and in a
 * directory writable by its owner. The mode bits are read rather than left to the operating system,
 * because root may write anything, and a read-only file says "do not change me" to everyone.
 */
public final class WriteTarget {
  private final Path file;

  private WriteTarget(Path file) {
    this.file = file;
  }

  /** The real path, every link resolved. */
  public Path file() {
    return file;
  }

  /**
   * The file behind {@code path}, if a fix may replace it.
   *
   * @param root the workspace root, the only tree a fix writes in
   * @throws WriteRefusedException with the reason and what to do, when it may not
   */
  public static WriteTarget of(Path root, Path path) throws WriteRefusedException {
    Path file = realPath(path, "resolve it");
    Path realRoot = realPath(root, "resolve the workspace root");
    if (!file.startsWith(realRoot)) {
      throw new WriteRefusedException(
          "it points outside the workspace root "
              + realRoot
              + " (to "
              + file
              + "); fix it from the workspace that holds it");
    }
    if (file.getFileSystem().supportedFileAttributeViews().containsAll(List.of("posix", "unix"))) {
      refuseHardLinks(file);
      requireWritable(file, "it");
      requireWritable(file.getParent(), "its directory " + file.getParent());
    }
    return new WriteTarget(file);
  }

  private static Path realPath(Path path, String doing) throws WriteRefusedException {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      throw WriteRefusedException.of(doing, e);
    }
  }

  private static void refuseHardLinks(Path file) throws WriteRefusedException {
    int links;
    try {
      links = (Integer) Files.getAttribute(file, "unix:nlink");
    } catch (IOException e) {
      throw WriteRefusedException.of("count its hard links", e);
    }
    if (links > 1) {
      throw new WriteRefusedException(
          "it has "
              + links
              + " hard links, and the rewrite would split them (the other names would keep the"
              + " old text); edit it by hand, or give it a copy of its own and run fix again");
    }
  }

  /** The file itself, and its directory, where the rewrite creates a file to rename over it. */
  private static void requireWritable(Path path, String what) throws WriteRefusedException {
    PosixFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, PosixFileAttributes.class);
    } catch (IOException e) {
      throw WriteRefusedException.of("read the mode of " + what, e);
    }
    String mode = PosixFilePermissions.toString(attributes.permissions());
    if (!attributes.permissions().contains(PosixFilePermission.OWNER_WRITE)) {
      throw new WriteRefusedException(
          what + " is read-only (mode " + mode + "); make it writable (chmod u+w) to fix it");
    }
    if (!Files.isWritable(path)) {
      throw new WriteRefusedException(
          "this user may not write "
              + what
              + " (owner "
              + attributes.owner().getName()
              + ", mode "
              + mode
              + "); run fix as its owner");
    }
  }
}
