package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes of a first hour with the packaged CLI: a mistyped command, option, option value,
 * format or rule id is one line naming what was typed and what was most likely meant, and exit 2;
 * the help shows what the default command takes.
 */
class HelpfulErrorsIT {
  @TempDir Path dir;

  @BeforeEach
  void bank() throws Exception {
    Files.writeString(dir.resolve("README.md"), "## 面试题\n\n### Q1. 什么是召回？\n\nTODO\n");
  }

  private void assertUsageError(CliRunner.Result r, String... lines) {
    assertThat(r.exitCode()).as(r.stderr()).isEqualTo(2);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr().lines()).containsExactly(lines);
  }

  @Test
  void aMistypedCommandThatIsNoPathIsAnUnknownCommandWithTheOneMeant() throws Exception {
    assertUsageError(
        CliRunner.run(dir, "chek", "."),
        "qbank-lint: unknown command 'chek'; did you mean 'check'?",
        "Try 'qbank-lint --help' for usage.");
    assertUsageError(
        CliRunner.run(dir, "rule"),
        "qbank-lint: unknown command 'rule'; did you mean 'rules'?",
        "Try 'qbank-lint --help' for usage.");
  }

  @Test
  void helpForAMistypedCommandNamesTheOneMeant() throws Exception {
    assertUsageError(
        CliRunner.run(dir, "help", "chek"),
        "qbank-lint: unknown command 'chek'; did you mean 'check'?",
        "Try 'qbank-lint --help' for usage.");
    assertUsageError(
        CliRunner.run(dir, "help", "banks"),
        "qbank-lint: unknown command 'banks'",
        "Try 'qbank-lint --help' for usage.");
    CliRunner.Result help = CliRunner.run(dir, "help", "fix");
    assertThat(help.exitCode()).isZero();
    assertThat(help.stdout()).startsWith("Usage: qbank-lint fix");
  }

  @Test
  void aFirstArgumentThatExistsIsAPathEvenWhenItLooksLikeACommand() throws Exception {
    Files.createDirectories(dir.resolve("chek"));
    Files.writeString(dir.resolve("chek/bank.md"), "## 面试题\n\n### Q1. 什么是精度？\n\nTODO\n");
    CliRunner.Result r = CliRunner.run(dir, "chek");
    assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
    assertThat(r.stdout()).contains("chek/bank.md:3:1").contains("empty-answer");
  }

  @Test
  void aFirstArgumentFarFromEveryCommandIsStillAMissingPath() throws Exception {
    assertUsageError(CliRunner.run(dir, "banks"), "qbank-lint: no such file or directory: banks");
  }

  @Test
  void aMistypedOptionNamesTheOptionMeantAndTheCommandsHelp() throws Exception {
    assertUsageError(
        CliRunner.run(dir, "--fromat", "json", "."),
        "qbank-lint: unknown option '--fromat'; did you mean '--format'?",
        "Try 'qbank-lint check --help' for usage.");
    assertUsageError(
        CliRunner.run(dir, "check", "--colour=always", "."),
        "qbank-lint: unknown option '--colour'; did you mean '--color'?",
        "Try 'qbank-lint check --help' for usage.");
    assertUsageError(
        CliRunner.run(dir, "fix", "--dryrun", "."),
        "qbank-lint: unknown option '--dryrun'; did you mean '--dry-run'?",
        "Try 'qbank-lint fix --help' for usage.");
  }

  @Test
  void aMistypedValueListsTheValuesAndTheOneMeant() throws Exception {
    assertUsageError(
        CliRunner.run(dir, "--color", "alway", "."),
        "qbank-lint: --color takes auto, always, never, not 'alway'; did you mean 'always'?",
        "Try 'qbank-lint check --help' for usage.");
    assertUsageError(
        CliRunner.run(dir, "--fail-on", "warn", "."),
        "qbank-lint: --fail-on takes error, warning, info or none, not 'warn'; did you mean"
            + " 'warning'?");
    assertUsageError(
        CliRunner.run(dir, "--format", "jsn", "."),
        "qbank-lint: unknown format 'jsn' (known: text, json, sarif, junit, checkstyle, github,"
            + " markdown); did you mean 'json'?");
    assertUsageError(
        CliRunner.run(dir, "report", "--format", "htm", "."),
        "qbank-lint: unknown report format 'htm' (known: md, html, json); did you mean 'html'?");
  }

  @Test
  void aMistypedRuleIdForFixNamesTheRuleMeant() throws Exception {
    assertUsageError(
        CliRunner.run(dir, "fix", "--rule", "toc-odrer", "."),
        "qbank-lint: unknown rule 'toc-odrer' (see 'qbank-lint rules'); did you mean"
            + " 'toc-order'?");
  }

  @Test
  void aWordOfSeveralRuleIdsForFixNamesThemAll() throws Exception {
    assertUsageError(
        CliRunner.run(dir, "fix", "--rule", "numbering", "."),
        "qbank-lint: unknown rule 'numbering' (see 'qbank-lint rules'); did you mean"
            + " 'question-numbering' or 'section-numbering'?");
    assertUsageError(
        CliRunner.run(dir, "fix", "--rule", "spelling", "."),
        "qbank-lint: unknown rule 'spelling' (see 'qbank-lint rules')");
  }

  @Test
  void aSuppressionCommentNamingAWordOfRuleIdsNamesThem() throws Exception {
    Files.writeString(
        dir.resolve("README.md"),
        "## 面试题\n\n<!-- qbank-lint-disable-next-line numbering -->\n### Q1. 什么是召回？\n\n"
            + "召回是指模型找出的相关样本占全部相关样本的比例，衡量漏检的多少。\n");
    CliRunner.Result r = CliRunner.run(dir, "README.md");
    assertThat(r.stdout())
        .contains(
            "unknown rule 'numbering' in a suppression comment; did you mean"
                + " 'question-numbering' or 'section-numbering'? The comment suppresses nothing"
                + " for it.");
  }

  @Test
  void theTopLevelHelpShowsTheDefaultCommandsPathsAndOptions() throws Exception {
    CliRunner.Result r = CliRunner.run(dir, "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout())
        .contains("Usage: qbank-lint [check] [PATH...] [OPTIONS]")
        .contains("Commands:")
        .contains("Without a command, runs check:")
        .contains("[PATH...]", "--format=FORMAT", "--fail-on=LEVEL", "--output=FILE", "--config")
        .contains("See 'qbank-lint help COMMAND'");
  }

  @Test
  void theReportUsageLineReadsCleanly() throws Exception {
    CliRunner.Result r = CliRunner.run(dir, "report", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout().lines().findFirst())
        .contains("Usage: qbank-lint report [PATH...] [--format md|html|json[,...]] [OPTIONS]");
  }
}
