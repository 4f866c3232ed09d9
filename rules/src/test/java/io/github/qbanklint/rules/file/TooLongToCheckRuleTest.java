package io.github.qbanklint.rules.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.rules.math.MathDelimitersRule;
import io.github.qbanklint.rules.structure.BrokenEmphasisRule;
import io.github.qbanklint.rules.testing.RuleFixtureTest;
import io.github.qbanklint.rules.testing.RuleHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TooLongToCheckRuleTest extends RuleFixtureTest {
  private static final String LONG_LINE = "**粗体：**正文 $\\( x \\)$ ".repeat(10).strip();
  private static final String BANK =
      "# 公司\n\n### 问题1：第一题？\n\n" + LONG_LINE + "\n\n### 问题2：第二题？\n\n**短：**答案 $\\( y \\)$\n";

  private static Document withLimit(String text, int limit) {
    return Document.of("bank.md", text, limit);
  }

  private static List<Finding> lint(Rule rule, Document document) {
    return RuleHarness.run(rule, "", List.of(document)).findings();
  }

  @Test
  void reportsTheBlockOverTheLimitWithWhereAndHowToRaiseIt() {
    List<Finding> findings = lint(new TooLongToCheckRule(), withLimit(BANK, 100));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(5);
              assertThat(f.column()).isEqualTo(1);
              assertThat(f.endLine()).isEqualTo(5);
              assertThat(f.endColumn())
                  .isEqualTo(LONG_LINE.codePointCount(0, LONG_LINE.length()) + 1);
              assertThat(f.message())
                  .contains("paragraph has " + LONG_LINE.length() + " characters")
                  .contains("limit of 100 (maxInlineChars)")
                  .contains("raise maxInlineChars in .qbank-lint.yml");
            });
  }

  @Test
  void nothingToReportWithinTheLimit() {
    assertThat(lint(new TooLongToCheckRule(), withLimit(BANK, 1000))).isEmpty();
  }

  @Test
  void otherRulesSkipTheUnparsedBlockAndStillCheckTheRest() {
    Document limited = withLimit(BANK, 100);
    Document unlimited = withLimit(BANK, 1000);

    assertThat(lint(new BrokenEmphasisRule(), unlimited))
        .extracting(Finding::line)
        .containsOnly(5, 9);
    assertThat(lint(new BrokenEmphasisRule(), limited))
        .extracting(Finding::line)
        .containsExactly(9);
    assertThat(lint(new MathDelimitersRule(), unlimited))
        .extracting(Finding::line)
        .containsOnly(5, 9);
    assertThat(lint(new MathDelimitersRule(), limited)).extracting(Finding::line).containsOnly(9);
  }

  @Test
  void theLimitComesFromTheConfigFile(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bank.md"), BANK);

    List<Finding> limited =
        RuleHarness.lintDirectory(new TooLongToCheckRule(), dir, "maxInlineChars: 100\n")
            .findings();
    List<Finding> byDefault =
        RuleHarness.lintDirectory(new TooLongToCheckRule(), dir, "").findings();

    assertThat(limited).extracting(Finding::line).containsExactly(5);
    assertThat(byDefault).isEmpty();
  }
}
