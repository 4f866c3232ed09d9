package io.github.qbanklint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Fix;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.engine.LintResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFixerTest {
  private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

  @TempDir Path root;

  private static Finding fixable(String path, Fix fix) {
    return new Finding("some-rule", Severity.WARNING, path, 1, 1, 1, 2, "m", Optional.of(fix));
  }

  private LintResult resultOf(Finding... findings) {
    return new LintResult(root, List.of(), List.of(findings), List.of(), List.of());
  }

  @Test
  void appliesTheFixesOfEachFileAndKeepsBomAndLineEndings() throws IOException {
    Path bank = root.resolve("bank.md");
    byte[] text = "**标题：**正文\r\nTODO\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[BOM.length + text.length];
    System.arraycopy(BOM, 0, withBom, 0, BOM.length);
    System.arraycopy(text, 0, withBom, BOM.length, text.length);
    Files.write(bank, withBom);

    FileFixer.Outcome outcome =
        new FileFixer(1 << 20)
            .apply(
                resultOf(
                    fixable("bank.md", Fix.replace("space", 7, 7, " ")),
                    fixable("bank.md", Fix.replace("answer", 11, 15, "答案"))));

    assertThat(outcome).isEqualTo(new FileFixer.Outcome(2, 1));
    byte[] written = Files.readAllBytes(bank);
    assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo("\ufeff**标题：** 正文\r\n答案\r\n");
    try (var siblings = Files.list(root)) {
      assertThat(siblings).containsExactly(bank);
    }
  }

  @Test
  void keepsTheFilePermissions() throws IOException {
    Path bank = root.resolve("bank.md");
    Files.writeString(bank, "abc\n");
    Files.setPosixFilePermissions(bank, PosixFilePermissions.fromString("rw-r-----"));

    new FileFixer(1 << 20).apply(resultOf(fixable("bank.md", Fix.replace("x", 0, 1, "A"))));

    assertThat(Files.readString(bank)).isEqualTo("Abc\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(bank)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void leavesFilesWithoutFixesAlone() throws IOException {
    Path bank = root.resolve("bank.md");
    Files.writeString(bank, "abc\n");
    Finding unfixable =
        new Finding("some-rule", Severity.ERROR, "bank.md", 1, 1, 1, 2, "m", Optional.empty());

    assertThat(new FileFixer(1 << 20).apply(resultOf(unfixable)))
        .isEqualTo(new FileFixer.Outcome(0, 0));
    assertThat(Files.readString(bank)).isEqualTo("abc\n");
  }
}
