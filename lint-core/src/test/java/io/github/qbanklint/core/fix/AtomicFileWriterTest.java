package io.github.qbanklint.core.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.qbanklint.core.document.DocumentLoader;
import io.github.qbanklint.core.document.SourceFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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

  @Test
  void keepsTheBomAndCrlfLineEndingsEvenForNewLinesFromAFix() throws IOException {
    byte[] original = bytes("\uFEFF# 目录\r\n\r\n- a\r\n");
    Path file = dir.resolve("bank.md");
    Files.write(file, original);

    AtomicFileWriter.write(file, original, "# 目录\r\n\r\n- a\n- b\r\n", factsOf(original));

    assertThat(Files.readAllBytes(file)).isEqualTo(bytes("\uFEFF# 目录\r\n\r\n- a\r\n- b\r\n"));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void leavesLfFilesWithoutBomByteForByte() throws IOException {
    byte[] original = bytes("a\nb\n");
    Path file = dir.resolve("a.md");
    Files.write(file, original);
    AtomicFileWriter.write(file, original, "a\nc\n", factsOf(original));
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes("a\nc\n"));
  }

  @Test
  void refusesAFileThatChangedSinceItWasRead() throws IOException {
    byte[] original = bytes("a\n");
    Path file = dir.resolve("a.md");
    Files.write(file, bytes("a\nedited meanwhile\n"));

    assertThatThrownBy(() -> AtomicFileWriter.write(file, original, "b\n", factsOf(original)))
        .isInstanceOf(FileChangedException.class)
        .hasMessageContaining("changed since it was read");
    assertThat(Files.readString(file)).isEqualTo("a\nedited meanwhile\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void keepsThePermissions() throws IOException {
    byte[] original = bytes("a\n");
    Path file = dir.resolve("a.md");
    Files.write(file, original);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    AtomicFileWriter.write(file, original, "b\n", factsOf(original));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
  }
}
