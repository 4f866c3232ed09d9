package io.github.qbanklint.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.document.DocumentLoader;
import io.github.qbanklint.core.document.LoadProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default maxFileBytes, chosen from bench/limits.sh: 4 MiB. */
class DefaultFileSizeLimitTest {
  private static final long FOUR_MIB = 4L * 1024 * 1024;

  @TempDir Path dir;

  @Test
  void theDefaultFileSizeLimitIsFourMebibytes() {
    assertThat(Config.DEFAULT_MAX_FILE_BYTES).isEqualTo(FOUR_MIB);
    assertThat(ConfigTemplate.text(List.of(), ConfigJsonSchema.FILE_NAME))
        .contains("\nmaxFileBytes: " + FOUR_MIB + "\n");
  }

  @Test
  void aFileAtTheDefaultLimitIsLintedAndOneByteMoreIsReported() throws IOException {
    DocumentLoader loader = Config.defaults().documentLoader();
    Path atLimit =
        Files.write(
            dir.resolve("at.md"), "a".repeat((int) FOUR_MIB).getBytes(StandardCharsets.UTF_8));
    Path over =
        Files.write(
            dir.resolve("over.md"),
            "a".repeat((int) FOUR_MIB + 1).getBytes(StandardCharsets.UTF_8));

    assertThat(loader.load(atLimit, "at.md")).isInstanceOf(DocumentLoader.Loaded.class);
    assertThat(loader.load(over, "over.md"))
        .isInstanceOfSatisfying(
            DocumentLoader.Failed.class,
            failed -> {
              assertThat(failed.problem().kind()).isEqualTo(LoadProblem.Kind.TOO_LARGE);
              assertThat(failed.problem().message())
                  .contains("over the limit of 4194304 bytes")
                  .contains("raise maxFileBytes in .qbank-lint.yml");
            });
  }
}
