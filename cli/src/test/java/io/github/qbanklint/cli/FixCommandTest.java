package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code qbank-lint fix} in process, on copies of the example bank. */
class FixCommandTest {
  @TempDir Path dir;

  private Path copyOfBank() throws Exception {
    Path bank = dir.resolve("README.md");
    Files.copy(CliRunner.EXAMPLE_BANK, bank);
    return bank;
  }

  @Test
  void fixTocRegeneratesTheTableOnceAndThenHasNothingLeftToDo() throws Exception {
    Path bank = copyOfBank();
    String original = Files.readString(bank);

    assertThat(Main.run("fix", "--toc", bank.toString())).isEqualTo(ExitCodes.CLEAN);

    String fixed = Files.readString(bank);
    assertThat(fixed).isNotEqualTo(original).contains("- [8.CVer整理](#8.CVer整理)");
    assertThat(Main.run("fix", "--toc", "--dry-run", bank.toString())).isEqualTo(ExitCodes.CLEAN);
    assertThat(Main.run("fix", "--toc", bank.toString())).isEqualTo(ExitCodes.CLEAN);
    assertThat(Files.readString(bank)).isEqualTo(fixed);
  }

  @Test
  void dryRunWritesNothingAndExitsOneWhenAFileWouldChange() throws Exception {
    Path bank = copyOfBank();
    byte[] original = Files.readAllBytes(bank);
    assertThat(Main.run("fix", "--rule", "broken-emphasis", "--dry-run", bank.toString()))
        .isEqualTo(ExitCodes.FINDINGS);
    assertThat(Files.readAllBytes(bank)).isEqualTo(original);
  }

  @Test
  void fixingEverythingLeavesTheUnfixableErrorsAndExitsOne() throws Exception {
    Path bank = copyOfBank();
    assertThat(Main.run("fix", bank.toString())).isEqualTo(ExitCodes.FINDINGS);
    assertThat(Files.readString(bank)).contains("- **区别**：MLE");
    assertThat(Main.run("fix", "--fail-on", "none", bank.toString())).isEqualTo(ExitCodes.CLEAN);
  }

  @Test
  void anUnknownRuleIsAUsageError() throws Exception {
    Path bank = copyOfBank();
    assertThat(Main.run("fix", "--rule", "no-such-rule", bank.toString()))
        .isEqualTo(ExitCodes.USAGE);
  }
}
