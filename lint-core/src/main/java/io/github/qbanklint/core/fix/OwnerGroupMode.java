package io.github.qbanklint.core.fix;

import java.io.IOException;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * Gives the new file of a rewrite the owner, group and mode of the file it replaces. A user who
 * cannot give it that owner or group is refused rather than left to take the file over.
 */
final class OwnerGroupMode {
  private OwnerGroupMode() {}

  static void copy(PosixFileAttributes original, PosixFileAttributeView replacement)
      throws WriteRefusedException {
    PosixFileAttributes current = read(replacement);
    if (!current.owner().equals(original.owner())) {
      try {
        replacement.setOwner(original.owner());
      } catch (IOException e) {
        throw new WriteRefusedException(
            "it is owned by "
                + original.owner().getName()
                + ", and this user cannot keep that owner on the rewritten file; run fix as "
                + original.owner().getName());
      }
    }
    if (!current.group().equals(original.group())) {
      try {
        replacement.setGroup(original.group());
      } catch (IOException e) {
        throw new WriteRefusedException(
            "its group is "
                + original.group().getName()
                + ", and this user cannot keep that group on the rewritten file; run fix as a"
                + " member of "
                + original.group().getName());
      }
    }
    // After the owner: changing the owner may clear set-user-ID and set-group-ID bits.
    try {
      replacement.setPermissions(original.permissions());
    } catch (IOException e) {
      throw WriteRefusedException.of("keep its mode", e);
    }
  }

  private static PosixFileAttributes read(PosixFileAttributeView view)
      throws WriteRefusedException {
    try {
      return view.readAttributes();
    } catch (IOException e) {
      throw WriteRefusedException.of("read the mode of the rewritten file", e);
    }
  }
}
