package io.github.qbanklint.core.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ownership a user cannot keep is refused. Only a user other than root meets that, so the new
 * file's view here refuses owner and group changes the way the system does for such a user.
 */
class OwnerGroupModeTest {
  @TempDir Path dir;
  Path replacement;
  PosixFileAttributes mine;
  UserPrincipal daemon;
  GroupPrincipal daemonGroup;

  /** Owner, group and mode of an original file; nothing else is read from it. */
  record Original(UserPrincipal owner, GroupPrincipal group, Set<PosixFilePermission> permissions)
      implements PosixFileAttributes {
    @Override
    public FileTime lastModifiedTime() {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileTime lastAccessTime() {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileTime creationTime() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isRegularFile() {
      return true;
    }

    @Override
    public boolean isDirectory() {
      return false;
    }

    @Override
    public boolean isSymbolicLink() {
      return false;
    }

    @Override
    public boolean isOther() {
      return false;
    }

    @Override
    public long size() {
      return 0;
    }

    @Override
    public Object fileKey() {
      return null;
    }
  }

  /** A real file's view on which changing the owner, or the group, is not permitted. */
  record NotPermitted(PosixFileAttributeView view, boolean owner, boolean group)
      implements PosixFileAttributeView {
    @Override
    public String name() {
      return view.name();
    }

    @Override
    public PosixFileAttributes readAttributes() throws IOException {
      return view.readAttributes();
    }

    @Override
    public void setTimes(FileTime modified, FileTime access, FileTime create) throws IOException {
      view.setTimes(modified, access, create);
    }

    @Override
    public UserPrincipal getOwner() throws IOException {
      return view.getOwner();
    }

    @Override
    public void setOwner(UserPrincipal newOwner) throws IOException {
      if (owner) {
        throw new FileSystemException("temp", null, "Operation not permitted");
      }
      view.setOwner(newOwner);
    }

    @Override
    public void setGroup(GroupPrincipal newGroup) throws IOException {
      if (group) {
        throw new FileSystemException("temp", null, "Operation not permitted");
      }
      view.setGroup(newGroup);
    }

    @Override
    public void setPermissions(Set<PosixFilePermission> perms) throws IOException {
      view.setPermissions(perms);
    }
  }

  @BeforeEach
  void files() throws IOException {
    replacement = Files.createFile(dir.resolve("new"));
    mine = Files.readAttributes(replacement, PosixFileAttributes.class);
    UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
    daemon = users.lookupPrincipalByName("1");
    daemonGroup = users.lookupPrincipalByGroupName("1");
  }

  private PosixFileAttributeView view(boolean owner, boolean group) {
    return new NotPermitted(
        Files.getFileAttributeView(replacement, PosixFileAttributeView.class), owner, group);
  }

  @Test
  void anOwnerThatCannotBeKeptIsRefused() {
    Original original = new Original(daemon, mine.group(), mine.permissions());
    assertThatThrownBy(() -> OwnerGroupMode.copy(original, view(true, false)))
        .isInstanceOf(WriteRefusedException.class)
        .hasMessage(
            "it is owned by "
                + daemon.getName()
                + ", and this user cannot keep that owner on the rewritten file; run fix as "
                + daemon.getName());
  }

  @Test
  void aGroupThatCannotBeKeptIsRefused() {
    Original original = new Original(mine.owner(), daemonGroup, mine.permissions());
    assertThatThrownBy(() -> OwnerGroupMode.copy(original, view(false, true)))
        .isInstanceOf(WriteRefusedException.class)
        .hasMessageStartingWith("its group is " + daemonGroup.getName() + ", and this user cannot");
  }

  @Test
  void theSameOwnerAndGroupAreLeftAloneAndTheModeIsCopied() throws IOException {
    Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rw-rw----");
    OwnerGroupMode.copy(new Original(mine.owner(), mine.group(), mode), view(true, true));
    assertThat(Files.getPosixFilePermissions(replacement)).isEqualTo(mode);
  }
}
