package io.github.qbanklint.rules.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.api.WorkspaceContext;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.document.DocumentLoader;
import io.github.qbanklint.core.engine.ContentSource;
import io.github.qbanklint.core.engine.DiskSource;
import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.engine.SourceFile;
import io.github.qbanklint.rules.answers.EmptyAnswerRule;
import io.github.qbanklint.rules.testing.RuleHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One failure stays one finding: a rule that throws, or a file whose loading or parsing blows up,
 * becomes an {@code internal-error} finding naming the rule and file, and everything else still
 * runs.
 */
class FailureIsolationTest {
  private static final String UNANSWERED = "# 目录\n\n## 公司\n\n### 1. 为什么？\n\n### 2. 怎么做？\n\n答案。\n";

  /** Throws on every document and again in the workspace pass. */
  private static final class ThrowingRule implements Rule {
    private final RuntimeException thrown;

    ThrowingRule(RuntimeException thrown) {
      this.thrown = thrown;
    }

    @Override
    public RuleMeta meta() {
      return RuleMeta.builder("always-throws")
          .family("test")
          .summary("Throws.")
          .severity(Severity.WARNING)
          .build();
    }

    @Override
    public void check(DocumentContext context) {
      throw thrown;
    }

    @Override
    public void checkWorkspace(WorkspaceContext context) {
      throw thrown;
    }
  }

  /** Recurses until the stack overflows, as a rule walking a very deep tree would. */
  private static final class OverflowingRule implements Rule {
    @Override
    public RuleMeta meta() {
      return RuleMeta.builder("overflows")
          .family("test")
          .summary("Overflows.")
          .severity(Severity.WARNING)
          .build();
    }

    @Override
    public void check(DocumentContext context) {
      check(context);
    }
  }

  @Test
  void aThrowingRuleBecomesAnInternalErrorNamingRuleAndFileWhileTheOtherRulesRun(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("bank.md"), UNANSWERED);
    List<Rule> rules =
        List.of(new ThrowingRule(new IllegalStateException("boom")), new EmptyAnswerRule());
    Config config = RuleHarness.configFor(rules.get(0), "");

    LintResult result = AllRules.engine(rules).run(new LintRequest(List.of(dir), dir, config, 2));

    assertThat(result.hasInternalErrors()).isTrue();
    List<Finding> internal = byRule(result, LintResult.INTERNAL_ERROR);
    assertThat(internal).extracting(Finding::path).contains("bank.md");
    assertThat(internal).allSatisfy(f -> assertThat(f.message()).contains("always-throws"));
    assertThat(internal.get(0).message())
        .contains("IllegalStateException: boom")
        .doesNotContain("\tat ");
    assertThat(result.stackTraces())
        .anySatisfy(t -> assertThat(t).contains("always-throws", "bank.md", "\tat "));
    assertThat(byRule(result, "empty-answer")).extracting(Finding::line).containsExactly(5);
  }

  @Test
  void aStackOverflowInARuleBecomesAnInternalError() {
    LintResult result =
        RuleHarness.run(
            new OverflowingRule(),
            "",
            List.of(io.github.qbanklint.core.document.Document.of("a.md", "# a\n")));

    assertThat(byRule(result, LintResult.INTERNAL_ERROR))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("overflows", "StackOverflowError"));
  }

  @Test
  void aFileThatCannotBeLoadedOrParsedBecomesAnInternalErrorAndTheOtherFilesAreStillChecked(
      @TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a-broken.md"), "# whatever\n");
    Files.writeString(dir.resolve("b-fine.md"), UNANSWERED);
    ContentSource disk = new DiskSource(Config.defaults().documentLoader());
    List<String> loaded = new ArrayList<>();
    ContentSource failing =
        file -> {
          loaded.add(file.relativePath());
          if (file.relativePath().equals("a-broken.md")) {
            throw new StackOverflowError("parser recursion");
          }
          return disk.load(file);
        };
    Rule emptyAnswer = new EmptyAnswerRule();

    for (int jobs : new int[] {1, 2}) {
      LintResult result =
          AllRules.engine(List.of(emptyAnswer))
              .run(
                  new LintRequest(List.of(dir), dir, RuleHarness.configFor(emptyAnswer, ""), jobs),
                  failing);

      assertThat(byRule(result, LintResult.INTERNAL_ERROR))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.path()).isEqualTo("a-broken.md");
                assertThat(f.message()).contains("StackOverflowError", "could not be checked");
              });
      assertThat(result.stackTraces())
          .anySatisfy(t -> assertThat(t).contains("a-broken.md", "parser recursion"));
      assertThat(byRule(result, "empty-answer"))
          .extracting(Finding::path)
          .containsExactly("b-fine.md");
    }
    assertThat(loaded).contains("a-broken.md", "b-fine.md");
  }

  @Test
  void aLoaderThatReturnsNothingUsableIsStillIsolated(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.md"), "# a\n");
    ContentSource broken = (SourceFile file) -> (DocumentLoader.Result) null;
    Rule emptyAnswer = new EmptyAnswerRule();

    LintResult result =
        AllRules.engine(List.of(emptyAnswer))
            .run(
                new LintRequest(List.of(dir), dir, RuleHarness.configFor(emptyAnswer, ""), 1),
                broken);

    assertThat(byRule(result, LintResult.INTERNAL_ERROR))
        .extracting(Finding::path)
        .containsExactly("a.md");
  }

  private static List<Finding> byRule(LintResult result, String ruleId) {
    return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }
}
