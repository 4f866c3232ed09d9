package io.github.qbanklint.rules.math;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings point at the offending token: line and code-point column in the Markdown file. */
class MathPositionsTest {

  @Test
  void columnsCountCodePointsAfterCrlfTabsAndAstralCharacters() {
    String text = "# 标题\r\n\r\n𝐀\t😀 $x + \\alpah$\r\n\r\n> 引用 $a^b^c$\r\n";
    List<Finding> findings = MathLint.lint(text);
    assertThat(findings)
        .extracting(f -> f.ruleId() + "@" + f.line() + ":" + f.column() + "-" + f.endColumn())
        .containsExactly("math-unknown-command@3:10-16", "math-syntax@5:10-11");
  }

  @Test
  void aProblemInAMultiLineFormulaIsOnItsOwnLine() {
    String text = "$$\r\na + b \\\\\r\n  c^ \r\n$$\r\n";
    assertThat(MathLint.lint(text))
        .extracting(f -> f.ruleId() + "@" + f.line() + ":" + f.column())
        .containsExactly("math-markdown-conflict@2:7", "math-syntax@3:4");
  }
}
