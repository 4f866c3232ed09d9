package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the packaged CLI tells the console: the summary and the files written when the report goes
 * to files, one closing line on every path of {@code fix}, the rule list as a table with a header
 * or as JSON, and questions quoted as they are written.
 */
class HonestConsoleIT {
  private static final String SUMMARY =
      "1 file checked: 1 error, 0 warnings, 0 info; 1/2 questions answered";

  @TempDir Path dir;

  private void bank(String text) throws Exception {
    Files.writeString(dir.resolve("README.md"), text);
  }

  private void unansweredBank() throws Exception {
    bank(
        "## 面试题\n\n### Q1. 什么是召回？\n\nTODO\n\n"
            + "### Q2. What is precision?\n\nThe share of predicted positives that are real"
            + " positives, which says how many alarms are false.\n");
  }

  @Test
  void withOutputTheConsoleStillShowsTheFileWrittenAndTheSummary() throws Exception {
    unansweredBank();
    CliRunner.Result r = CliRunner.run(dir, "check", ".", "--format", "json", "--output", "x.json");
    assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
    assertThat(r.stdout().lines()).containsExactly("wrote x.json", SUMMARY);
    assertThat(dir.resolve("x.json")).content().contains("\"empty-answer\"");
  }

  @Test
  void withOutputDirTheConsoleShowsEveryFileWritten() throws Exception {
    unansweredBank();
    CliRunner.Result r =
        CliRunner.run(dir, "check", ".", "--format", "sarif,junit", "--output-dir", "reports");
    assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
    assertThat(r.stdout().lines())
        .containsExactly(
            "wrote reports/qbank-lint.sarif", "wrote reports/qbank-lint-junit.xml", SUMMARY);
  }

  @Test
  void reportWithOutputSaysWhichFileItWrote() throws Exception {
    unansweredBank();
    CliRunner.Result r = CliRunner.run(dir, "report", ".", "--output", "todo/unanswered.md");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout().lines()).containsExactly("wrote todo/unanswered.md");
    assertThat(dir.resolve("todo/unanswered.md")).content().contains("什么是召回");
  }

  @Test
  void reportWithOutputDirSaysEveryFileItWrote() throws Exception {
    unansweredBank();
    CliRunner.Result r =
        CliRunner.run(dir, "report", ".", "--format", "html,json", "--output-dir", "out");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout().lines())
        .containsExactly("wrote out/unanswered.html", "wrote out/unanswered.json");
    assertThat(dir.resolve("out/unanswered.json")).exists();
  }

  @Test
  void quietWithOutputAndNoFindingsPrintsNothing() throws Exception {
    bank("# Notes\n\nNothing to ask here.\n");
    CliRunner.Result r =
        CliRunner.run(dir, "check", ".", "--quiet", "--format", "json", "--output", "x.json");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).isEmpty();
    assertThat(dir.resolve("x.json")).exists();
  }

  @Test
  void fixEndsWithOneSummaryLineOnEveryPath() throws Exception {
    bank("# Notes\n\nNothing to fix here.\n");
    CliRunner.Result clean = CliRunner.run(dir, "fix", ".");
    assertThat(clean.exitCode()).isZero();
    assertThat(clean.stderr().lines())
        .containsExactly("fixed 0 problems in 0 files; 0 findings left");
    CliRunner.Result cleanDry = CliRunner.run(dir, "fix", "--dry-run", ".");
    assertThat(cleanDry.exitCode()).isZero();
    assertThat(cleanDry.stderr().lines())
        .containsExactly("would fix 0 problems in 0 files; 0 findings would be left");

    bank("# 答案\n\n**什么是随机游走：**首先选择一个点。\n\n## 面试题\n\n### Q1. 什么是召回？\n\nTODO\n");
    CliRunner.Result dry = CliRunner.run(dir, "fix", "--dry-run", ".");
    assertThat(dry.exitCode()).isEqualTo(1);
    assertThat(dry.stdout()).contains("+**什么是随机游走**：首先选择一个点。");
    assertThat(dry.stderr().lines())
        .last()
        .isEqualTo(
            "would fix 1 problem in 1 file; 1 finding would be left (see 'qbank-lint check')");
    CliRunner.Result fixed = CliRunner.run(dir, "fix", ".");
    assertThat(fixed.exitCode()).isEqualTo(1);
    assertThat(fixed.stderr().lines())
        .containsExactly(
            "README.md: fixed 1 problem",
            "fixed 1 problem in 1 file; 1 finding left (see 'qbank-lint check')");
  }

  @Test
  void rulesListsATableWithAHeaderRowOrJson() throws Exception {
    CliRunner.Result text = CliRunner.run(dir, "rules");
    assertThat(text.exitCode()).isZero();
    assertThat(text.stdout().lines().findFirst().orElseThrow())
        .matches("RULE +FAMILY +SEVERITY +ON +SUMMARY");
    assertThat(text.stdout()).contains("empty-answer", "file-encoding");

    CliRunner.Result json = CliRunner.run(dir, "rules", "--format", "json");
    assertThat(json.exitCode()).isZero();
    JsonNode rules = new ObjectMapper().readTree(json.stdout()).get("rules");
    assertThat(rules.size()).isEqualTo(text.stdout().lines().count() - 1);
    JsonNode thin = null;
    for (JsonNode rule : rules) {
      if (rule.get("id").asText().equals("thin-answer")) {
        thin = rule;
      }
    }
    assertThat(thin).isNotNull();
    assertThat(thin.get("family").asText()).isEqualTo("answers");
    assertThat(thin.get("severity").asText()).isEqualTo("info");
    assertThat(thin.get("enabled").asBoolean()).isTrue();
    assertThat(thin.get("options").get(0).get("name").asText()).isEqualTo("minLength");
    assertThat(thin.get("options").get(0).get("default").asInt()).isEqualTo(12);
  }

  @Test
  void messagesQuoteTheQuestionAsWritten() throws Exception {
    bank("## 面试题\n\n### Q1. 什么是召回？\n\nTODO\n\n### 问题2：What is recall?\n\nA ratio.\n");
    CliRunner.Result r = CliRunner.run(dir, "check", ".", "--format", "json");
    assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
    assertThat(r.stdout())
        .contains("\"message\" : \"'Q1. 什么是召回？' has no answer: write one under the heading")
        .contains("\"message\" : \"'问题2：What is recall?': the answer has 2 units");
  }
}
