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

/** {@code qbank-lint baseline} and {@code check --baseline} on the example bank. */
class BaselineCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path bank() throws Exception {
    Path bank = Files.createDirectories(dir.resolve("bank")).resolve("README.md");
    Files.copy(CliRunner.EXAMPLE_BANK, bank);
    return bank;
  }

  /**
   * Twenty lines at the top and a new question without an answer at the end of section 8, which
   * states no count (in section 1, "面试题8道" would rightly add a declared-count finding).
   */
  private static void edit(Path bank) throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(bank, StandardCharsets.UTF_8));
    int section9 = lines.indexOf("<h2 id=\"9.牛客整理\">9.牛客整理</h2>");
    lines.addAll(section9, List.of("### 问题53：新加的问题还没有答案？", ""));
    for (int i = 0; i < 20; i++) {
      lines.add(0, i % 2 == 0 ? "" : "说明第 " + i + " 行：这个题库在 CI 中检查。");
    }
    Files.write(bank, lines, StandardCharsets.UTF_8);
  }

  @Test
  void afterEditsOnlyTheNewQuestionsFindingsAreReported() throws Exception {
    Path bank = bank();
    CliRunner.Result created = CliRunner.run(dir, "baseline", "create", "bank");
    assertThat(created.exitCode()).as(created.stderr()).isZero();
    assertThat(created.stdout()).startsWith("wrote ").contains(".qbank-lint-baseline.json");
    int known =
        JSON.readTree(dir.resolve(".qbank-lint-baseline.json").toFile()).get("findings").size();
    assertThat(known).isGreaterThanOrEqualTo(60);

    edit(bank);
    CliRunner.Result r =
        CliRunner.run(
            dir, "check", "bank", "--baseline", ".qbank-lint-baseline.json", "--format", "json");

    assertThat(r.exitCode()).isEqualTo(1);
    JsonNode findings = JSON.readTree(r.stdout()).get("findings");
    List<String> newOnes = new ArrayList<>();
    findings.forEach(f -> newOnes.add(f.get("rule").asText() + "@" + f.get("line").asInt()));
    assertThat(newOnes).containsExactly("empty-answer@1243", "toc-missing-entry@1243");
    assertThat(r.stderr()).contains(known + " findings baselined by .qbank-lint-baseline.json.");
  }

  @Test
  void fixedEntriesAreListedAndPruneDropsThem() throws Exception {
    Path bank = bank();
    CliRunner.run(dir, "baseline", "create", "bank");
    String text = Files.readString(bank, StandardCharsets.UTF_8);
    Files.writeString(
        bank,
        text.replace("### 问题5： CLIP算法的框架\n", "### 问题5： CLIP算法的框架\n图文对比学习。\n"),
        StandardCharsets.UTF_8);

    CliRunner.Result check =
        CliRunner.run(dir, "check", "bank", "--baseline", ".qbank-lint-baseline.json");
    assertThat(check.exitCode()).isZero();
    assertThat(check.stderr())
        .contains("1 entry no longer occurs (fixed)")
        .contains("  fixed: bank/README.md:661  empty-answer  '问题5： CLIP算法的框架' has no answer");

    CliRunner.Result prune = CliRunner.run(dir, "baseline", "prune", "bank");
    assertThat(prune.stdout())
        .startsWith("removed 1 fixed entries from .qbank-lint-baseline.json;");
    CliRunner.Result again =
        CliRunner.run(dir, "check", "bank", "--baseline", ".qbank-lint-baseline.json");
    assertThat(again.stderr()).doesNotContain("fixed");
  }

  @Test
  void aMissingBaselineIsAUsageError() throws Exception {
    bank();
    CliRunner.Result r = CliRunner.run(dir, "check", "bank", "--baseline", "nope.json");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).contains("no baseline file").contains("qbank-lint baseline create");
  }
}
