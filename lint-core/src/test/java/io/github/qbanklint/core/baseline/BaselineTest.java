package io.github.qbanklint.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.testing.Workspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir Path dir;

  /** The example bank with 20 lines inserted at the top and a new unanswered question. */
  private static String editedBank() {
    List<String> lines = new ArrayList<>(Workspaces.exampleBankText().lines().toList());
    int section2 = lines.indexOf("<h2 id=\"2.趣玩科技推荐算法面试题9道\">2. 趣玩科技推荐算法面试题9道</h2>");
    lines.addAll(section2, List.of("### 问题9：新加的问题还没有答案？", ""));
    for (int i = 0; i < 20; i++) {
      lines.add(0, i % 2 == 0 ? "" : "说明第 " + i + " 行：这个题库在 CI 中检查。");
    }
    return String.join("\n", lines) + "\n";
  }

  @Test
  void afterInsertingLinesAboveOnlyTheNewQuestionIsReported() {
    Workspaces.write(dir, "bank/README.md", Workspaces.exampleBankText());
    LintResult before = Workspaces.lint(dir);
    Baseline baseline = Baseline.of(before, dir);
    assertThat(baseline.entries()).hasSize(before.findings().size()).hasSizeGreaterThan(59);

    Workspaces.write(dir, "bank/README.md", editedBank());
    BaselineOutcome outcome = baseline.apply(Workspaces.lint(dir), dir);

    assertThat(outcome.result().findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("test-unanswered");
              assertThat(f.message()).contains("问题9");
            });
    assertThat(outcome.baselined()).isEqualTo(before.findings().size());
    assertThat(outcome.fixed()).isEmpty();
    assertThat(outcome.describe(".qbank-lint-baseline.json"))
        .containsExactly(
            before.findings().size() + " findings baselined by .qbank-lint-baseline.json.");
  }

  @Test
  void listsEntriesThatNoLongerOccurAsFixedAndPruneDropsThem() {
    Workspaces.write(dir, "a.md", "## S\n\n### Q1: What?\n\n### Q2: Why?\n\n### Q3: How?\nSo.\n");
    Baseline baseline = Baseline.of(Workspaces.lint(dir), dir);
    assertThat(baseline.entries()).hasSize(2);

    Workspaces.write(
        dir, "a.md", "## S\n\n### Q1: What?\nThis.\n\n### Q2: Why?\n\n### Q3: How?\nSo.\n");
    BaselineOutcome outcome = baseline.apply(Workspaces.lint(dir), dir);

    assertThat(outcome.result().findings()).isEmpty();
    assertThat(outcome.baselined()).isEqualTo(1);
    assertThat(outcome.fixed())
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("Q1"));
    assertThat(outcome.describe("b.json"))
        .containsExactly(
            "1 finding baselined by b.json; 1 entry no longer occurs (fixed),"
                + " 'qbank-lint baseline prune' drops it:",
            "  fixed: a.md:3  test-unanswered  question 'Q1' has no answer");
    Baseline pruned = baseline.without(outcome.fixed());
    assertThat(pruned.entries())
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("Q2"));
  }

  @Test
  void identicalFindingsAreCountedNotMerged() {
    Workspaces.write(dir, "a.md", "$\n$\n");
    Baseline baseline = Baseline.of(Workspaces.lint(dir), dir);

    Workspaces.write(dir, "a.md", "$\n$\n$\n");
    BaselineOutcome outcome = baseline.apply(Workspaces.lint(dir), dir);

    assertThat(outcome.baselined()).isEqualTo(2);
    assertThat(outcome.result().findings()).extracting(Finding::line).containsExactly(3);
  }

  @Test
  void entriesOfFilesNotCheckedAreNeitherMatchedNorFixed() {
    Workspaces.write(dir, "a/x.md", "$\n");
    Workspaces.write(dir, "b/y.md", "$\n");
    Baseline baseline = Baseline.of(Workspaces.lint(dir), dir);

    LintResult onlyA =
        new io.github.qbanklint.core.engine.LintEngine(
                new io.github.qbanklint.core.engine.RuleRegistry(List.of(Workspaces.DOLLAR)))
            .run(
                new io.github.qbanklint.core.engine.LintRequest(
                    List.of(Path.of("a")),
                    dir,
                    io.github.qbanklint.core.config.Config.defaults(),
                    1));
    BaselineOutcome outcome = baseline.apply(onlyA, dir);

    assertThat(outcome.result().findings()).isEmpty();
    assertThat(outcome.fixed()).isEmpty();
  }

  @Test
  void aDeletedFileHasItsEntriesFixed() throws Exception {
    Workspaces.write(dir, "a.md", "$\n");
    Path b = Workspaces.write(dir, "b.md", "$\n");
    Baseline baseline = Baseline.of(Workspaces.lint(dir), dir);
    Files.delete(b);

    BaselineOutcome outcome = baseline.apply(Workspaces.lint(dir), dir);

    assertThat(outcome.fixed()).extracting(BaselineEntry::path).containsExactly("b.md");
  }

  @Test
  void theFileRoundTripsAndPathsAreRelativeToIt() {
    Workspaces.write(dir, "docs/a.md", "## S\n\n### Q1: What?\n$\n");
    Baseline baseline = Baseline.of(Workspaces.lint(dir), dir.resolve("docs"));
    Path file = dir.resolve("docs").resolve(Baseline.DEFAULT_FILE_NAME);

    BaselineFile.write(file, baseline);
    Baseline read = BaselineFile.read(file);

    assertThat(read.entries()).containsExactlyInAnyOrderElementsOf(baseline.entries());
    assertThat(read.entries()).extracting(BaselineEntry::path).containsOnly("a.md");
  }

  @Test
  void aBrokenFileIsReportedWithItsName() throws Exception {
    Path file = Workspaces.write(dir, "b.json", "{\"version\": 1, \"findings\": [}");
    Path old = Workspaces.write(dir, "old.json", "{\"findings\": []}");

    assertThatThrownBy(() -> BaselineFile.read(file))
        .isInstanceOf(BaselineException.class)
        .hasMessageStartingWith(file + ":1: not valid baseline JSON");
    assertThatThrownBy(() -> BaselineFile.read(old))
        .hasMessageContaining("not a qbank-lint baseline of version 1");
    assertThatThrownBy(() -> BaselineFile.read(dir.resolve("missing.json")))
        .hasMessageContaining("no baseline file")
        .hasMessageContaining("qbank-lint baseline create");
  }
}
