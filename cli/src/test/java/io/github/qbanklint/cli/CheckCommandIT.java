package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The foundation's acceptance list, run against the packaged jar. */
class CheckCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ANSWER_RULES = Set.of("empty-answer", "empty-section");

  @TempDir Path dir;

  private Path copyBank(String name, String transformedText) throws Exception {
    Path bank = Files.createDirectories(dir.resolve(name)).resolve("README.md");
    Files.writeString(bank, transformedText, StandardCharsets.UTF_8);
    return bank;
  }

  private static String bankText() throws Exception {
    return Files.readString(CliRunner.EXAMPLE_BANK, StandardCharsets.UTF_8);
  }

  private JsonNode json(Path target) throws Exception {
    CliRunner.Result r =
        CliRunner.run(dir, "check", target.toString(), "--format", "json", "--fail-on", "none");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    return JSON.readTree(r.stdout());
  }

  private static List<String> findings(JsonNode report, Set<String> rules) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : report.get("findings")) {
      if (rules.contains(f.get("rule").asText())) {
        out.add(
            f.get("rule").asText() + "@" + f.get("line").asInt() + ":" + f.get("column").asInt());
      }
    }
    return out;
  }

  @Test
  void exampleBankHasFiftyNineEmptyAnswersAndOneEmptySection() throws Exception {
    JsonNode report = json(copyBank("plain", bankText()));
    List<String> found = findings(report, ANSWER_RULES);
    assertThat(found.stream().filter(f -> f.startsWith("empty-answer@"))).hasSize(59);
    assertThat(found.stream().filter(f -> f.startsWith("empty-section@")))
        .containsExactly("empty-section@1939:1");
    assertThat(report.get("summary").get("questions").asInt()).isEqualTo(186);
    assertThat(report.get("summary").get("answered").asInt()).isEqualTo(127);
    assertThat(report.get("tool").get("name").asText()).isEqualTo("qbank-lint");
  }

  @Test
  void crlfAndBomGiveIdenticalPositions() throws Exception {
    String text = bankText();
    List<String> lf = findings(json(copyBank("lf", text)), ANSWER_RULES);
    List<String> crlf = findings(json(copyBank("crlf", text.replace("\n", "\r\n"))), ANSWER_RULES);
    List<String> bom = findings(json(copyBank("bom", "\uFEFF" + text)), ANSWER_RULES);
    assertThat(crlf).isEqualTo(lf);
    assertThat(bom).isEqualTo(lf);
  }

  @Test
  void latin1AndBinaryFilesAreReportedAndTheRestStillLinted() throws Exception {
    Path mixed = Files.createDirectories(dir.resolve("mixed"));
    Files.write(
        mixed.resolve("latin1.md"),
        "# Café\n\n### Q: déjà vu?\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(mixed.resolve("x.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    Files.writeString(
        mixed.resolve("good.md"), "# Bank\n\n### Q1. What?\n\n", StandardCharsets.UTF_8);
    JsonNode report = json(mixed);
    List<String> rulesByPath = new ArrayList<>();
    for (JsonNode f : report.get("findings")) {
      rulesByPath.add(f.get("rule").asText() + " " + Path.of(f.get("path").asText()).getFileName());
    }
    assertThat(rulesByPath)
        .contains("file-encoding latin1.md", "file-encoding x.md", "empty-answer good.md");
    assertThat(report.get("findings").get(0).get("line").asInt()).isPositive();
  }

  @Test
  void missingPathExitsTwoWithOneLine() throws Exception {
    CliRunner.Result r = CliRunner.run(dir, "check", "no-such-dir");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr().strip()).isEqualTo("qbank-lint: no such file or directory: no-such-dir");
  }

  @Test
  void unknownConfigKeyExitsTwoNamingFileAndLine() throws Exception {
    Path project = Files.createDirectories(dir.resolve("configured"));
    Files.writeString(project.resolve("a.md"), "# A\n");
    Files.writeString(
        project.resolve(".qbank-lint.yml"), "include: ['**/*.md']\nrulez:\n  empty-answer: off\n");
    CliRunner.Result r = CliRunner.run(project, "check", ".");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).contains(".qbank-lint.yml:2:1: unknown key 'rulez'");
    assertThat(r.stderr().lines()).hasSize(1);
  }

  @Test
  void disableNextLineSuppressesExactlyThatFinding() throws Exception {
    String text =
        bankText()
            .replace(
                "### 问题28： 如何减轻LLM中的幻觉现象",
                "<!-- qbank-lint-disable-next-line empty-answer -->\n### 问题28： 如何减轻LLM中的幻觉现象");
    List<String> found = findings(json(copyBank("suppressed", text)), Set.of("empty-answer"));
    assertThat(found).hasSize(58);
  }

  @Test
  void outputIsByteIdenticalAcrossRunsWithFourJobs() throws Exception {
    Path many = Files.createDirectories(dir.resolve("many"));
    for (int i = 0; i < 8; i++) {
      Files.writeString(many.resolve("bank" + i + ".md"), bankText());
    }
    Set<String> outputs = new HashSet<>();
    for (int run = 0; run < 10; run++) {
      CliRunner.Result r = CliRunner.run(dir, "check", "many", "--jobs", "4", "--format", "json");
      assertThat(r.exitCode()).isEqualTo(1);
      outputs.add(r.stdout());
    }
    assertThat(outputs).hasSize(1);
  }

  @Test
  void textFormatGroupsByFileThenSummarises() throws Exception {
    copyBank("text", bankText());
    CliRunner.Result r = CliRunner.run(dir, "text", "--color", "never");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stdout())
        .contains("text/README.md:1939:1  warning  empty-section  section '商汤科技' is empty");
    assertThat(r.stdout().strip().lines().reduce((a, b) -> b).orElseThrow())
        .startsWith("1 file checked: ")
        .contains("127/186 questions answered");
  }

  @Test
  void failOnDecidesTheExitCode() throws Exception {
    Path onlyWarning = copyBank("warn", "# 目录\n\n# A\n\n# B\n\ntext\n");
    assertThat(CliRunner.run(dir, onlyWarning.toString()).exitCode()).isZero();
    assertThat(CliRunner.run(dir, onlyWarning.toString(), "--fail-on", "warning").exitCode())
        .isEqualTo(1);
    assertThat(CliRunner.run(dir, onlyWarning.toString(), "--fail-on", "bogus").exitCode())
        .isEqualTo(2);
  }

  @Test
  void rulesVersionAndInit() throws Exception {
    assertThat(CliRunner.run(dir, "rules").stdout()).contains("empty-answer", "file-encoding");
    assertThat(CliRunner.run(dir, "--version").stdout()).startsWith("qbank-lint ");
    Path project = Files.createDirectories(dir.resolve("init"));
    assertThat(CliRunner.run(project, "init").exitCode()).isZero();
    assertThat(project.resolve(".qbank-lint.yml")).exists();
    CliRunner.Result again = CliRunner.run(project, "init");
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.stderr()).contains("exists already");
    Files.writeString(project.resolve("a.md"), "# A\n\ntext\n");
    assertThat(CliRunner.run(project, ".").exitCode()).isZero();
  }
}
