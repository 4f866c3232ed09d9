package io.github.qbanklint.core.fix;

import static io.github.qbanklint.core.fix.PosixTestFiles.gid;
import static io.github.qbanklint.core.fix.PosixTestFiles.inode;
import static io.github.qbanklint.core.fix.PosixTestFiles.links;
import static io.github.qbanklint.core.fix.PosixTestFiles.mode;
import static io.github.qbanklint.core.fix.PosixTestFiles.runAsRoot;
import static io.github.qbanklint.core.fix.PosixTestFiles.setMode;
import static io.github.qbanklint.core.fix.PosixTestFiles.uid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.qbanklint.core.document.DocumentLoader;
import io.github.qbanklint.core.document.SourceFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
  @TempDir Path dir;

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static SourceFacts factsOf(byte[] bytes) {
    return ((DocumentLoader.Loaded) new DocumentLoader(1 << 20).decode("x.md", bytes))
        .document()
        .sourceFacts();
  }

  private void write(Path file, byte[] expected, String text) throws IOException {
    AtomicFileWriter.write(WriteTarget.of(dir, file), expected, text, factsOf(expected));
  }

  private void assertOnlyFileIn(Path file) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void keepsTheBomAndCrlfLineEndingsEvenForNewLinesFromAFix() throws IOException {
    byte[] original = bytes("\uFEFF# 目录\r\n\r\n- a\r\n");
    Path file = Files.write(dir.resolve("bank.md"), original);

    write(file, original, "# 目录\r\n\r\n- a\n- b\r\n");

    assertThat(Files.readAllBytes(file)).isEqualTo(bytes("\uFEFF# 目录\r\n\r\n- a\r\n- b\r\n"));
    assertOnlyFileIn(file);
  }

  @Test
  void leavesLfFilesWithoutBomByteForByte() throws IOException {
    byte[] original = bytes("a\nb\n");
    Path file = Files.write(dir.resolve("a.md"), original);
    write(file, original, "a\nc\n");
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes("a\nc\n"));
  }

  @Test
  void replacesTheFileByRenamingANewOneOverIt() throws IOException {
    byte[] original = bytes("a\n");
    Path file = Files.write(dir.resolve("a.md"), original);
    long before = inode(file);

    write(file, original, "b\n");

    assertThat(inode(file)).isNotEqualTo(before);
    assertThat(links(file)).isEqualTo(1);
    assertOnlyFileIn(file);
  }

  @Test
  void refusesAFileThatChangedSinceItWasReadAndRemovesTheNewFile() throws IOException {
    byte[] original = bytes("a\n");
    Path file = Files.write(dir.resolve("a.md"), bytes("a\nedited meanwhile\n"));

    assertThatThrownBy(() -> write(file, original, "b\n"))
        .isInstanceOf(WriteRefusedException.class)
        .hasMessage("it changed since it was read; run fix again");
    assertThat(Files.readString(file)).isEqualTo("a\nedited meanwhile\n");
    assertOnlyFileIn(file);
  }

  @Test
  void keepsTheOwnerGroupAndMode() throws IOException {
    byte[] original = bytes("a\n");
    Path file = Files.write(dir.resolve("a.md"), original);
    if (runAsRoot(file)) {
      Files.setAttribute(file, "unix:uid", 1);
      Files.setAttribute(file, "unix:gid", 1);
    }
    int owner = uid(file);
    int group = gid(file);
    setMode(file, "rw-r-----");

    write(file, original, "b\n");

    assertThat(Files.readString(file)).isEqualTo("b\n");
    assertThat(uid(file)).isEqualTo(owner);
    assertThat(gid(file)).isEqualTo(group);
    assertThat(mode(file)).isEqualTo("rw-r-----");
  }
}
