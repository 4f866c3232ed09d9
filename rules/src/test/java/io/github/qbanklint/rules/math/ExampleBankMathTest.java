package io.github.qbanklint.rules.math;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.rules.testing.ExampleBank;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The math rules on the real example bank: exactly its known math defects. */
class ExampleBankMathTest {
  private static List<Finding> findings;
  private static List<String> lines;

  @BeforeAll
  static void lintTheBank() {
    findings = MathLint.lint(ExampleBank.text());
    lines = ExampleBank.text().lines().toList();
  }

  private static List<Finding> of(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  private static String at(Finding f, int length) {
    String line = lines.get(f.line() - 1);
    int start = line.offsetByCodePoints(0, f.column() - 1);
    return line.substring(start, Math.min(line.length(), start + length));
  }

  @Test
  void reportsEveryTexDelimiterInsideDollarsOncePerFormulaAtTheDelimiter() {
    List<Finding> inside =
        of("math-delimiters").stream()
            .filter(f -> f.message().contains("inside a formula"))
            .toList();
    // Ten formulas: two on 297, two on 450; line 324 writes $( … \)$, so its \) is the culprit.
    assertThat(inside)
        .extracting(Finding::line)
        .containsExactly(297, 297, 298, 323, 324, 450, 450, 451, 527, 528);
    assertThat(inside).allSatisfy(f -> assertThat(at(f, 2)).isIn("\\(", "\\)"));
  }

  @Test
  void reportsTheBareTexParenthesesInText() {
    List<Finding> bare =
        of("math-delimiters").stream()
            .filter(f -> f.message().contains("not a math delimiter"))
            .toList();
    assertThat(bare).extracting(Finding::line).containsExactly(303, 304);
    assertThat(bare).allSatisfy(f -> assertThat(at(f, 7)).matches("\\\\\\( [AX] \\\\\\)"));
  }

  @Test
  void findsNoSyntaxErrorOrUnknownCommand() {
    assertThat(of("math-syntax")).isEmpty();
    assertThat(of("math-unknown-command")).isEmpty();
    assertThat(of("math-delimiters")).hasSize(12);
  }

  /**
   * What KaTeX renders but is wrong: 690 wraps the whole formula in a \\left. … \\right. pair that
   * draws nothing, 1073 breaks a display formula with \\\\ outside an environment (KaTeX ignores
   * it), and 1492 never closes the parenthesis of exp(.
   */
  @Test
  void reportsSuspiciousTexWhereKatexRendersAMistake() {
    assertThat(of("math-suspicious")).extracting(Finding::line).containsExactly(690, 1073, 1492);
  }

  /**
   * Real defects under the default GitHub profile, where Markdown's escapes and emphasis apply
   * inside $…$ before KaTeX sees the formula: every \\ of the matrices and line breaks on 957–971,
   * 986, 1073 and 1535 loses a backslash, so the rows collapse into one; 690 and 1085 lose the
   * backslash of \{ (690 already doubles \\\\ to survive it); 1472 turns \| into |; 684–692, 1446
   * and 1460 hold * or _ pairs that become emphasis. Each is safe written as $`…`$.
   */
  @Test
  void reportsMarkdownConflictsOnlyWhereGithubChangesTheFormula() {
    assertThat(of("math-markdown-conflict"))
        .extracting(Finding::line)
        .containsExactly(
            684, 686, 688, 690, 692, 957, 959, 963, 965, 968, 969, 971, 986, 1073, 1085, 1446, 1460,
            1472, 1535);
  }

  @Test
  void findsNoTexProblemUnderTheOtherProfiles() {
    for (String profile : List.of("remark", "pandoc", "vscode")) {
      List<Finding> other =
          MathLint.lint(ExampleBank.text(), "math:\n  profile: " + profile + "\n");
      assertThat(other).as(profile).noneMatch(f -> f.ruleId().equals("math-markdown-conflict"));
      assertThat(other).as(profile).noneMatch(f -> f.ruleId().equals("math-unknown-command"));
    }
  }
}
