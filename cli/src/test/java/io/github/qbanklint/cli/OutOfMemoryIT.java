package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running out of memory is an internal error, exit 3, in one line: never exit 1, never a trace. */
class OutOfMemoryIT {
  @TempDir Path dir;

  @Test
  void outOfMemoryIsOneLineAndExitThree() throws Exception {
    // 3.8 MB, under the default maxFileBytes: linted, and more than 24 MB of heap can hold.
    try (Writer out = Files.newBufferedWriter(dir.resolve("big.md"), StandardCharsets.UTF_8)) {
      for (int i = 0; i < 45_000; i++) {
        out.write("### 问题" + i + "：什么是 [链接](#x" + i + ") 和 **粗体**？\n\n答案 $x_" + i + "$。\n\n");
      }
    }
    CliRunner.Result r =
        CliRunner.runWithJvmFlags(dir, List.of("-Xmx24m"), "check", "big.md", "--jobs", "1");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.stderr().strip().lines()).hasSize(1);
    assertThat(r.stderr()).contains("out of memory").doesNotContain("\tat ");
  }
}
