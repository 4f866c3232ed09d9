package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report} and {@code fix} read the whole bank as {@code check} does, so a long run shows the
 * same progress line on standard error under the same {@code --progress} rules: copies of the
 * example bank, read one at a time, take several seconds.
 */
class LongRunProgressIT {
  private static final String ERASE = "\r\u001b[K";

  @TempDir Path bank;

  /**
   * Banks enough, read one at a time, for a run to last past the line's one-second delay on a fast
   * machine (forty took less than a second there).
   */
  private static final int LONG_RUN = 150;

  private void copiesOfTheExampleBank(int copies) throws Exception {
    for (int i = 1; i <= copies; i++) {
      Files.copy(CliRunner.EXAMPLE_BANK, bank.resolve("bank" + i + ".md"));
    }
  }

  @Test
  void reportRedrawsTheFilesReadAndErasesTheLine() throws Exception {
    copiesOfTheExampleBank(LONG_RUN);

    CliRunner.Result r = CliRunner.run(bank, "report", "--progress", "always", "--jobs", "1", ".");

    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stderr())
        .startsWith("\rqbank-lint: files ")
        .contains("/" + LONG_RUN)
        .endsWith(ERASE);
    assertThat(r.stdout())
        .contains("bank" + LONG_RUN + ".md")
        .doesNotContain("\r")
        .doesNotContain("\u001b");
  }

  @Test
  void fixRedrawsTheFilesFixedAndErasesTheLineBeforeItsSummary() throws Exception {
    copiesOfTheExampleBank(LONG_RUN);

    CliRunner.Result r =
        CliRunner.run(bank, "fix", "--dry-run", "--progress", "always", "--jobs", "1", ".");

    assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
    assertThat(r.stderr())
        .startsWith("\rqbank-lint: files ")
        .contains("/" + LONG_RUN)
        .contains(ERASE + "would fix ");
    assertThat(r.stdout()).startsWith("--- ").doesNotContain("\u001b");
  }

  @Test
  void neverAndAutoWhenStandardErrorIsAFileDrawNothing() throws Exception {
    copiesOfTheExampleBank(4);
    for (String[] args :
        new String[][] {
          {"report", "--progress", "never", "--jobs", "1", "."},
          {"report", "--jobs", "1", "."},
          {"fix", "--dry-run", "--progress", "never", "."},
          {"fix", "--dry-run", "."}
        }) {
      CliRunner.Result r = CliRunner.run(bank, args);
      assertThat(r.stderr()).as(String.join(" ", args)).doesNotContain("\r", "\u001b");
    }
  }
}
