package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code qbank-lint report} through the packaged CLI: empty sections counted as {@code check}
 * counts them, the generation date, version and commit, reproducible bytes, links to a forge, and
 * the history file with its chart.
 */
class UnansweredReportIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FIXTURE_BANKS =
      Path.of("..", "lint-core", "src", "test", "resources", "banks").toAbsolutePath().normalize();
  private static final Path EMPTY_SECTION_FIXTURES =
      Path.of("..", "rules", "src", "test", "resources", "answers", "empty-section")
          .toAbsolutePath()
          .normalize();
  private static final String EPOCH = "1764806400"; // 2025-12-04 00:00 UTC

  @TempDir Path dir;

  @Test
  void listsTheEmptySectionsThatCheckReportsWithTheSameCounts() throws Exception {
    Path banks = Files.createDirectories(dir.resolve("banks"));
    Files.copy(CliRunner.EXAMPLE_BANK, banks.resolve("interview-bank.md"));
    copyMarkdown(FIXTURE_BANKS, banks.resolve("fixtures"));
    copyMarkdown(EMPTY_SECTION_FIXTURES, banks.resolve("empty-section"));

    CliRunner.Result check =
        CliRunner.run(dir, "check", "banks", "--format", "json", "--fail-on", "none");
    CliRunner.Result report = CliRunner.run(dir, "report", "banks", "--format", "json");
    assertThat(check.exitCode()).as(check.stderr()).isZero();
    assertThat(report.exitCode()).as(report.stderr()).isZero();

    Map<String, Integer> checked = new TreeMap<>();
    JsonNode checkJson = JSON.readTree(check.stdout());
    for (JsonNode f : checkJson.get("findings")) {
      if (f.get("rule").asText().equals("empty-section")) {
        checked.merge(f.get("path").asText(), 1, Integer::sum);
      }
    }
    Map<String, Integer> reported = new TreeMap<>();
    JsonNode reportJson = JSON.readTree(report.stdout());
    for (JsonNode file : reportJson.get("files")) {
      if (file.get("emptySections").size() > 0) {
        reported.put(file.get("path").asText(), file.get("emptySections").size());
      }
    }
    assertThat(checked).hasSizeGreaterThanOrEqualTo(3);
    assertThat(reported).isEqualTo(checked);
    assertThat(reportJson.get("emptySections").asInt())
        .isEqualTo(checked.values().stream().mapToInt(Integer::intValue).sum());
    assertThat(reportJson.at("/total/questions").asInt())
        .isEqualTo(checkJson.at("/summary/questions").asInt());
    assertThat(reportJson.at("/total/answered").asInt())
        .isEqualTo(checkJson.at("/summary/answered").asInt());

    CliRunner.Result md = CliRunner.run(dir, "report", "banks/interview-bank.md");
    assertThat(md.stdout())
        .contains("1 empty section;")
        .contains("### [商汤科技](banks/interview-bank.md#商汤科技): empty")
        .contains("No questions and no text: add its questions, or remove the heading");
  }

  @Test
  void showsTheDateVersionAndCommitAndTheSameInputGivesTheSameBytes() throws Exception {
    TestRepository git = TestRepository.init(dir);
    copyBank("bank");
    git.git("add", ".");
    git.git("commit", "-q", "-m", "bank");
    String commit = git.git("rev-parse", "HEAD");
    Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", EPOCH);

    for (String out : List.of("first", "second")) {
      CliRunner.Result r =
          CliRunner.runWithEnvironment(
              dir, env, "report", "bank", "--format", "html,md,json", "--output-dir", out);
      assertThat(r.exitCode()).as(r.stderr()).isZero();
    }
    for (String name : List.of("unanswered.html", "unanswered.md", "unanswered.json")) {
      assertThat(Files.readAllBytes(dir.resolve("second").resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(dir.resolve("first").resolve(name)));
    }
    String version = JSON.readTree(read("first/unanswered.json")).at("/tool/version").asText();
    assertThat(version).isNotBlank().isNotEqualTo("unknown");
    assertThat(read("first/unanswered.html"))
        .contains(
            "Generated <time datetime=\"2025-12-04T00:00:00Z\">2025-12-04 00:00 UTC</time> by"
                + " qbank-lint "
                + version
                + " from commit <code title=\""
                + commit
                + "\">"
                + commit.substring(0, 12)
                + "</code>");
    assertThat(read("first/unanswered.md"))
        .contains(
            "Generated 2025-12-04 00:00 UTC by qbank-lint "
                + version
                + " from commit `"
                + commit.substring(0, 12)
                + "`.");
    JsonNode json = JSON.readTree(read("first/unanswered.json"));
    assertThat(json.get("generated").asText()).isEqualTo("2025-12-04T00:00:00Z");
    assertThat(json.get("commit").asText()).isEqualTo(commit);

    CliRunner.Result other =
        CliRunner.runWithEnvironment(
            dir, Map.of("SOURCE_DATE_EPOCH", "1764892800"), "report", "bank", "--format", "json");
    assertThat(JSON.readTree(other.stdout()).get("generated").asText())
        .isEqualTo("2025-12-05T00:00:00Z");
  }

  @Test
  void aBadSourceDateEpochIsOneLineAndExitTwo() throws Exception {
    copyBank("bank");
    CliRunner.Result r =
        CliRunner.runWithEnvironment(
            dir, Map.of("SOURCE_DATE_EPOCH", "yesterday"), "report", "bank");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr())
        .isEqualTo(
            "qbank-lint: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01"
                + " UTC, not 'yesterday'\n");
  }

  @Test
  void outsideAGitRepositoryThereIsNoCommit() throws Exception {
    copyBank("bank");
    CliRunner.Result r = CliRunner.run(dir, "report", "bank", "--format", "json");

    assertThat(r.exitCode()).as(r.stderr()).isZero();
    JsonNode json = JSON.readTree(r.stdout());
    assertThat(json.get("commit").isNull()).isTrue();
    assertThat(json.get("generated").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
  }

  @Test
  void linkBaseLeadsEveryLinkToItsSourceLineWithEncodedPathSegments() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    TestRepository.init(repo);
    Path bank = Files.createDirectories(repo.resolve("banks/面试 题#1"));
    Files.writeString(
        bank.resolve("q&a.md"),
        "# 目录\n\n## 公司\n\n### 问题1：没答案\n\nTODO\n\n### 问题2：有答案\n\n答案在这里，写得足够长，超过了十二个单位的长度。\n\n## 空的\n",
        StandardCharsets.UTF_8);
    Files.writeString(repo.resolve(".qbank-lint.yml"), "{}\n");

    CliRunner.Result r =
        CliRunner.run(
            repo.resolve("banks"),
            "report",
            ".",
            "--format",
            "json",
            "--link-base",
            "https://github.com/o/r/blob/main/");

    assertThat(r.exitCode()).as(r.stderr()).isZero();
    JsonNode file = JSON.readTree(r.stdout()).at("/files/0");
    String base =
        "https://github.com/o/r/blob/main/banks/%E9%9D%A2%E8%AF%95%20%E9%A2%98%231/q%26a.md";
    assertThat(file.at("/sections/0/link").asText()).isEqualTo(base + "#L3");
    assertThat(file.at("/sections/0/unanswered/0/link").asText()).isEqualTo(base + "#L5");
    assertThat(file.at("/emptySections/0/link").asText()).isEqualTo(base + "#L13");

    CliRunner.Result plain =
        CliRunner.run(
            repo.resolve("banks"),
            "report",
            ".",
            "--format",
            "md",
            "--link-base",
            "https://github.com/o/r/blob/main?plain=1");
    assertThat(plain.stdout()).contains("(" + base + "?plain=1#L5)");

    CliRunner.Result relative =
        CliRunner.run(repo.resolve("banks"), "report", ".", "--format", "json");
    assertThat(
            JSON.readTree(relative.stdout()).at("/files/0/sections/0/unanswered/0/link").asText())
        .isEqualTo("面试 题#1/q&a.md#问题1没答案");
  }

  @Test
  void aLinkBaseThatIsNotAnHttpUrlWithoutCredentialsIsOneLineAndExitTwo() throws Exception {
    copyBank("bank");
    Map<String, String> refused =
        Map.of(
            "ftp://example.org/r/",
            "--link-base must be an http:// or https:// URL, such as"
                + " https://github.com/OWNER/REPO/blob/main/, not 'ftp://example.org/r/'",
            "https://user:secret-token@example.org/r/",
            "--link-base must not hold a user name or password: the links are published in the"
                + " report",
            "https://example.org/r/#top",
            "--link-base must not end in a #fragment: the report adds #L and the line",
            "https:///r/",
            "--link-base has no host: 'https:///r/'",
            "example.org/r",
            "--link-base must be an http:// or https:// URL, such as"
                + " https://github.com/OWNER/REPO/blob/main/, not 'example.org/r'",
            "https://example.org/a b",
            "--link-base is not a valid URL (Illegal character in path at index 21)");
    for (Map.Entry<String, String> e : refused.entrySet()) {
      CliRunner.Result r = CliRunner.run(dir, "report", "bank", "--link-base", e.getKey());
      assertThat(r.exitCode()).as(e.getKey()).isEqualTo(2);
      assertThat(r.stderr()).as(e.getKey()).isEqualTo("qbank-lint: " + e.getValue() + "\n");
      assertThat(r.stdout()).isEmpty();
    }
  }

  @Test
  void historyAppendsOneLinePerRunAndTheHtmlDrawsIt() throws Exception {
    copyBank("bank");
    Path history = dir.resolve("elsewhere/history.jsonl");
    String[] epochs = {"1764000000", "1764400000", EPOCH};
    for (String epoch : epochs) {
      CliRunner.Result r =
          CliRunner.runWithEnvironment(
              dir.resolve("bank"),
              Map.of("SOURCE_DATE_EPOCH", epoch),
              "report",
              ".",
              "--format",
              "html",
              "--output",
              "../out/unanswered.html",
              "--history",
              history.toString());
      assertThat(r.exitCode()).as(r.stderr()).isZero();
      assertThat(r.stderr()).isEmpty();
    }
    List<String> lines = Files.readAllLines(history, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(3);
    JsonNode last = JSON.readTree(lines.get(2));
    assertThat(last.get("date").asText()).isEqualTo("2025-12-04T00:00:00Z");
    assertThat(last.get("questions").asInt()).isEqualTo(186);
    assertThat(last.get("answered").asInt()).isEqualTo(127);
    assertThat(last.get("emptySections").asInt()).isEqualTo(1);
    assertThat(last.get("sections").size()).isEqualTo(13);
    assertThat(last.at("/sections/7/section").asText()).isEqualTo("8.CVer整理");
    assertThat(last.at("/sections/7/answered").asInt()).isEqualTo(25);

    String html = read("out/unanswered.html");
    assertThat(html)
        .contains("<svg class=\"chart\" viewBox=\"0 0 600 200\" role=\"img\"")
        .contains("<title id=\"history-title\">Questions over the last 3 runs</title>")
        .contains(
            "<desc id=\"history-desc\">From 2025-11-24 to 2025-12-04: total 186 to 186 questions,"
                + " unanswered 59 to 59.</desc>")
        .contains("<polyline class=\"unanswered\"")
        .doesNotContain("<script")
        .doesNotContain("http://")
        .doesNotContain("https://");

    Files.writeString(
        history,
        lines.get(0) + "\nnot json\n{\"date\":\"later\"}\n" + lines.get(1).substring(0, 20),
        StandardCharsets.UTF_8);
    CliRunner.Result r =
        CliRunner.runWithEnvironment(
            dir,
            Map.of("SOURCE_DATE_EPOCH", EPOCH),
            "report",
            "bank",
            "--format",
            "html",
            "--history",
            history.toString());
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stderr())
        .isEqualTo(
            "qbank-lint: note: skipped 3 lines of "
                + history
                + " that are not report history entries\n");
    assertThat(r.stdout()).contains("Questions over the last 2 runs");
    List<String> after = Files.readAllLines(history, StandardCharsets.UTF_8);
    assertThat(after).hasSize(5);
    assertThat(JSON.readTree(after.get(4)).get("date").asText()).isEqualTo("2025-12-04T00:00:00Z");
  }

  @Test
  void theHistoryFileMayNotBeALintedFile() throws Exception {
    copyBank("bank");
    byte[] before = Files.readAllBytes(dir.resolve("bank/README.md"));
    CliRunner.Result r = CliRunner.run(dir, "report", "bank", "--history", "bank/README.md");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr())
        .isEqualTo(
            "qbank-lint: --history would overwrite bank/README.md, one of the files this run"
                + " lints: write the report elsewhere\n");
    assertThat(Files.readAllBytes(dir.resolve("bank/README.md"))).isEqualTo(before);
  }

  @Test
  void theHtmlFollowsDarkModeAndItsLinksLookLikeLinks() throws Exception {
    copyBank("bank");
    CliRunner.Result r = CliRunner.run(dir, "report", "bank", "--format", "html");

    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout())
        .contains("<meta name=\"color-scheme\" content=\"light dark\">")
        .contains("@media (prefers-color-scheme:dark){:root{")
        .contains("a{color:var(--link);text-decoration:underline")
        .contains("a:focus-visible{outline:2px solid var(--focus)")
        .contains("content=\"default-src 'none'; style-src 'unsafe-inline'\"")
        .doesNotContain("text-decoration:none");
  }

  private void copyBank(String directory) throws Exception {
    Files.copy(
        CliRunner.EXAMPLE_BANK,
        Files.createDirectories(dir.resolve(directory)).resolve("README.md"));
  }

  private static void copyMarkdown(Path from, Path to) throws Exception {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".md")).toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }

  private String read(String path) throws Exception {
    return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
  }
}
