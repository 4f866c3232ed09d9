package io.github.qbanklint.core.fix;

import static io.github.qbanklint.core.fix.PosixTestFiles.setMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteTargetTest {
  @TempDir Path dir;
  Path root;
  Path outside;

  @BeforeEach
  void layout() throws IOException {
    root = Files.createDirectory(dir.resolve("root"));
    outside = Files.createDirectory(dir.resolve("outside"));
  }

  @Test
  void aPlainFileInsideTheRootIsItself() throws IOException {
    Path file = Files.writeString(root.resolve("a.md"), "a\n");
    assertThat(WriteTarget.of(root, file).file()).isEqualTo(file.toRealPath());
  }

  @Test
  void aSymlinkInsideTheRootLeadsToItsTarget() throws IOException {
    Path target =
        Files.writeString(Files.createDirectory(root.resolve("real")).resolve("a.md"), "");
    Path link = Files.createSymbolicLink(root.resolve("a.md"), Path.of("real", "a.md"));
    assertThat(WriteTarget.of(root, link).file()).isEqualTo(target.toRealPath());
  }

  @Test
  void aSymlinkToAFileOutsideTheRootIsRefused() throws IOException {
    Path target = Files.writeString(outside.resolve("secret.md"), "");
    Path link = Files.createSymbolicLink(root.resolve("a.md"), target);
    assertThatThrownBy(() -> WriteTarget.of(root, link))
        .isInstanceOf(WriteRefusedException.class)
        .hasMessageContaining("points outside the workspace root " + root.toRealPath())
        .hasMessageContaining("(to " + target.toRealPath() + ")");
  }

  @Test
  void aFileUnderASymlinkedDirectoryOutsideTheRootIsRefused() throws IOException {
    Files.writeString(outside.resolve("a.md"), "");
    Path linkedDirectory = Files.createSymbolicLink(root.resolve("docs"), outside);
    assertThatThrownBy(() -> WriteTarget.of(root, linkedDirectory.resolve("a.md")))
        .hasMessageContaining("points outside the workspace root");
  }

  @Test
  void aFileNamedOutsideTheRootIsRefused() throws IOException {
    Path file = Files.writeString(outside.resolve("a.md"), "");
    assertThatThrownBy(() -> WriteTarget.of(root, file))
        .hasMessageContaining("points outside the workspace root");
  }

  @Test
  void aFileWithTwoHardLinksIsRefused() throws IOException {
    Path file = Files.writeString(root.resolve("a.md"), "");
    Files.createLink(root.resolve("b.md"), file);
    assertThatThrownBy(() -> WriteTarget.of(root, file))
        .isInstanceOf(WriteRefusedException.class)
        .hasMessage(
            "it has 2 hard links, and the rewrite would split them (the other names would keep"
                + " the old text); edit it by hand, or give it a copy of its own and run fix"
                + " again");
  }

  @Test
  void aReadOnlyFileIsRefusedEvenForRoot() throws IOException {
    Path file = Files.writeString(root.resolve("a.md"), "");
    setMode(file, "r--r--r--");
    assertThatThrownBy(() -> WriteTarget.of(root, file))
        .hasMessage("it is read-only (mode r--r--r--); make it writable (chmod u+w) to fix it");
  }

  @Test
  void aFileInAReadOnlyDirectoryIsRefusedEvenForRoot() throws IOException {
    Path sub = Files.createDirectory(root.resolve("sub"));
    Path file = Files.writeString(sub.resolve("a.md"), "");
    setMode(sub, "r-xr-xr-x");
    try {
      assertThatThrownBy(() -> WriteTarget.of(root, file))
          .hasMessage(
              "its directory "
                  + sub.toRealPath()
                  + " is read-only (mode r-xr-xr-x); make it writable (chmod u+w) to fix it");
    } finally {
      setMode(sub, "rwxr-xr-x");
    }
  }
}
