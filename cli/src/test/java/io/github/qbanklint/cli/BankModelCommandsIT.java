package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bank model through the packaged jar: outline, the full inventory, init, no false green. */
class BankModelCommandsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BOLD_BANK =
      """
      # Data structures

      ## Hash maps

      **What is a hash map?** (easy)

      A table of buckets chosen by the key's hash code, so a lookup takes constant time.

      **What is a collision?**

      Answer here
      """;
  private static final String PLAIN_QUESTIONS =
      """
      # Notes

      ## Basics

      Q1：什么是 JVM

      Java 虚拟机。

      Q2：什么是 GC

      垃圾回收。
      """;

  @TempDir Path dir;

  private void write(String name, String text) throws Exception {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void outlineShowsRolesShapesAndStatusAsJson() throws Exception {
    write("bank.md", BOLD_BANK);
    CliRunner.Result r = CliRunner.run(dir, "outline", "bank.md", "--format", "json");
    assertThat(r.exitCode()).isZero();
    JsonNode file = JSON.readTree(r.stdout()).get("files").get(0);
    assertThat(file.get("path").asText()).isEqualTo("bank.md");
    assertThat(file.get("shapes").toString()).isEqualTo("[\"bold-paragraph\"]");
    JsonNode items = file.get("items");
    assertThat(items.get(0).get("role").asText()).isEqualTo("title");
    assertThat(items.get(1).get("role").asText()).isEqualTo("section");
    assertThat(items.get(2).get("kind").asText()).isEqualTo("paragraph");
    assertThat(items.get(2).get("status").asText()).isEqualTo("answered");
    assertThat(items.get(3).get("line").asInt()).isEqualTo(9);
    assertThat(items.get(3).get("status").asText()).isEqualTo("unanswered");
    assertThat(CliRunner.run(dir, "outline", "bank.md").stdout())
        .contains("bank.md: 2 questions, 1 answered; shapes: bold-paragraph")
        .contains("question");
    assertThat(CliRunner.run(dir, "outline", "--format", "xml").exitCode()).isEqualTo(2);
  }

  @Test
  void reportAllListsEveryQuestionAndJsonHasTheInventory() throws Exception {
    write("bank.md", BOLD_BANK);
    String md = CliRunner.run(dir, "report", "bank.md", "--all").stdout();
    assertThat(md)
        .contains("All questions:")
        .contains("What is a hash map?")
        .contains(": answered");
    assertThat(CliRunner.run(dir, "report", "bank.md").stdout()).doesNotContain("All questions:");
    JsonNode section =
        JSON.readTree(CliRunner.run(dir, "report", "bank.md", "--format", "json").stdout())
            .get("files")
            .get(0)
            .get("sections")
            .get(0);
    assertThat(section.get("questions")).hasSize(2);
    assertThat(section.get("questions").get(1).get("status").asText()).isEqualTo("unanswered");
    assertThat(section.get("unanswered")).hasSize(1);
  }

  @Test
  void anUnrecognisedBankIsAnErrorAndNeverFullyAnswered() throws Exception {
    write("notes.md", PLAIN_QUESTIONS);
    CliRunner.Result r = CliRunner.run(dir, "check", "notes.md", "--color", "never");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stdout())
        .contains("error  no-questions-recognised")
        .contains("no questions recognised")
        .doesNotContain("0/0");
    JsonNode report =
        JSON.readTree(CliRunner.run(dir, "report", "notes.md", "--format", "json").stdout());
    assertThat(report.get("total").get("answeredPercent").isNull()).isTrue();
    assertThat(report.get("unrecognisedBanks").toString()).contains("notes.md");
    assertThat(CliRunner.run(dir, "report", "notes.md").stdout())
        .contains("n/a")
        .doesNotContain("100%");
  }

  @Test
  void aNavigationReadmeBesideABankIsNotFlagged() throws Exception {
    write("bank.md", BOLD_BANK);
    write("README.md", "# Notes\n\n## Contents\n\n- [Bank](bank.md)\n- [Other](other/)\n");
    CliRunner.Result r =
        CliRunner.run(dir, ".", "--format", "json", "--fail-on", "none", "--color", "never");
    JsonNode json = JSON.readTree(r.stdout());
    assertThat(json.get("findings").toString()).doesNotContain("no-questions-recognised");
    assertThat(json.get("summary").get("filesWithoutQuestions").asInt()).isEqualTo(1);
  }

  @Test
  void initWritesTheDetectedShapesAsActiveKeys() throws Exception {
    write("bank.md", BOLD_BANK);
    CliRunner.Result r = CliRunner.run(dir, "init");
    assertThat(r.exitCode()).isZero();
    String config = Files.readString(dir.resolve(".qbank-lint.yml"), StandardCharsets.UTF_8);
    assertThat(config)
        .contains("\n  shapes: [bold-paragraph]  # detected by 'qbank-lint init' in 1 file")
        .contains("\n  # placeholders:");
    assertThat(CliRunner.run(dir, "check", "bank.md", "--fail-on", "none").exitCode()).isZero();
    assertThat(CliRunner.run(dir, "outline", "bank.md").stdout()).contains("2 questions");
  }

  @Test
  void aFileThatCannotBeReadIsNamedNotLeftOutInSilence() throws Exception {
    Files.write(dir.resolve("latin.md"), new byte[] {'#', ' ', 'A', '\n', (byte) 0xFF, '\n'});
    for (String command : new String[] {"outline", "report"}) {
      CliRunner.Result r = CliRunner.run(dir, command, "latin.md");
      assertThat(r.exitCode()).as(command).isEqualTo(2);
      assertThat(r.stderr()).as(command).contains("latin.md: not valid UTF-8");
    }
  }
}
