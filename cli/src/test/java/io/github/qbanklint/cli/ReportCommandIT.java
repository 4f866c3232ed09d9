package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code qbank-lint report} on the example bank. */
class ReportCommandIT {
  @TempDir Path dir;

  private void copyBank() throws Exception {
    Files.copy(
        CliRunner.EXAMPLE_BANK, Files.createDirectories(dir.resolve("bank")).resolve("README.md"));
  }

  @Test
  void markdownStatesTheFiftyNineUnansweredQuestionsGroupedBySection() throws Exception {
    copyBank();
    CliRunner.Result r = CliRunner.run(dir, "report", "bank", "--format", "md");

    assertThat(r.exitCode()).as(r.stderr()).isZero();
    String md = r.stdout();
    assertThat(md).contains("**59 of 186 questions unanswered**");
    // and one thin answer: 问题5 of 招银网络, three bullet words (10 units)
    assertThat(md.lines().filter(l -> l.startsWith("- line ")).count()).isEqualTo(59 + 1);
    assertThat(md).contains("(10 units)");
    List<String> sections =
        md.lines().filter(l -> l.startsWith("### ") && !l.endsWith(": empty")).toList();
    assertThat(sections).hasSize(12);
    assertThat(md).contains("### [商汤科技](bank/README.md#商汤科技): empty");
    assertThat(sections.get(7))
        .isEqualTo(
            "### [8.CVer整理](bank/README.md#8.CVer整理): 25/51 answered (49.0%), 26 unanswered");
    int cver = md.indexOf("### [8.CVer整理]");
    int niuke = md.indexOf("### [9.牛客整理]");
    assertThat(md.substring(cver, niuke))
        .contains("- line 1119: [问题27： LoRA参数更新的机制](bank/README.md#问题27-lora参数更新的机制)");
  }

  @Test
  void thinBelowSetsTheThinAnswerRulesMinLengthSoReportAndCheckAgree() throws Exception {
    copyBank();
    Files.writeString(
        dir.resolve(".qbank-lint.yml"), "rules:\n  thin-answer:\n    minLength: 15\n");

    List<Integer> configured = thinLines(CliRunner.run(dir, "report", "bank", "--format", "json"));
    Files.writeString(dir.resolve(".qbank-lint.yml"), "rules:\n  thin-answer:\n    minLength: 3\n");
    List<Integer> overridden =
        thinLines(CliRunner.run(dir, "report", "bank", "--format", "json", "--thin-below", "15"));
    CliRunner.Result check =
        CliRunner.run(
            dir,
            "check",
            "bank",
            "--format",
            "json",
            "--fail-on",
            "none",
            "--config",
            writeConfig("minLength: 15"));
    List<Integer> flagged = new ArrayList<>();
    for (JsonNode f : new ObjectMapper().readTree(check.stdout()).get("findings")) {
      if (f.get("rule").asText().equals("thin-answer")) {
        flagged.add(f.get("line").asInt());
      }
    }

    assertThat(configured).hasSize(3).isEqualTo(overridden).isEqualTo(flagged);
  }

  @Test
  void theReportReadsTheRulesExcludePatternsAndRejectsABadOne() throws Exception {
    copyBank();
    Files.writeString(
        dir.resolve(".qbank-lint.yml"), "rules:\n  thin-answer:\n    exclude: ['API']\n");
    assertThat(thinLines(CliRunner.run(dir, "report", "bank", "--format", "json"))).isEmpty();

    Files.writeString(
        dir.resolve(".qbank-lint.yml"), "rules:\n  thin-answer:\n    exclude: ['(API']\n");
    CliRunner.Result r = CliRunner.run(dir, "report", "bank");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr())
        .contains(":3:14: rules.thin-answer.exclude: '(API' is not a valid regex: Unclosed group");
  }

  private String writeConfig(String thinAnswerOptions) throws Exception {
    Path config = dir.resolve("check.yml");
    Files.writeString(config, "rules:\n  thin-answer:\n    " + thinAnswerOptions + "\n");
    return config.toString();
  }

  private static List<Integer> thinLines(CliRunner.Result r) throws Exception {
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    List<Integer> lines = new ArrayList<>();
    for (JsonNode section : new ObjectMapper().readTree(r.stdout()).at("/files/0/sections")) {
      section.get("thin").forEach(q -> lines.add(q.get("line").asInt()));
    }
    return lines;
  }

  @Test
  void writesHtmlAndJsonIntoADirectory() throws Exception {
    copyBank();
    CliRunner.Result r =
        CliRunner.run(dir, "report", "bank", "--format", "html,json", "--output-dir", "out");

    assertThat(r.exitCode()).as(r.stderr()).isZero();
    String html = Files.readString(dir.resolve("out/unanswered.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("<strong>59</strong> of 186 questions unanswered");
    assertThat(html).doesNotContain("<script");
    JsonNode json = new ObjectMapper().readTree(dir.resolve("out/unanswered.json").toFile());
    assertThat(json.at("/total/unanswered").asInt()).isEqualTo(59);
    assertThat(json.at("/files/0/sections").size()).isEqualTo(12);
  }

  @Test
  void anOutputThatCannotBeWrittenIsAnInputErrorNotAnInternalOne() throws Exception {
    copyBank();
    Files.writeString(dir.resolve("a-file"), "not a directory");
    CliRunner.Result r = CliRunner.run(dir, "report", "bank", "--output", "a-file/unanswered.md");

    assertThat(r.exitCode()).as(r.stderr()).isEqualTo(2);
    assertThat(r.stderr())
        .contains("qbank-lint: cannot write the output: ")
        .contains("a-file")
        .doesNotContain("internal error");
  }

  @Test
  void unknownFormatIsAUsageError() throws Exception {
    copyBank();
    CliRunner.Result r = CliRunner.run(dir, "report", "bank", "--format", "pdf");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).contains("unknown report format 'pdf' (known: md, html, json)");
  }
}
