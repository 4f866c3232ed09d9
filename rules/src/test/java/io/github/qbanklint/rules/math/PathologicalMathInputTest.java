package io.github.qbanklint.rules.math;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile formulas finish with a finding, never a stack overflow or an exception. Timing is
 * measured by {@link MathScalingBenchmark}, not here.
 */
class PathologicalMathInputTest {

  private static List<Finding> lint(String text) {
    List<Finding> findings = MathLint.lint(text);
    assertThat(findings).noneMatch(f -> f.ruleId().equals("internal-error"));
    return findings;
  }

  @Test
  void deepBraceNestingGivesOneFinding() {
    List<Finding> findings = lint("```math\n" + "{".repeat(100_000) + "\n```\n");
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).message()).contains("nested more than " + TexCursor.MAX_DEPTH);
  }

  @Test
  void deepNestingOfEveryConstructIsGuarded() {
    for (String opener :
        List.of(
            "\\left(",
            "\\begin{matrix}",
            "\\sqrt[",
            "x^{",
            "\\text{$",
            "\\begingroup ",
            "\\frac{")) {
      List<Finding> findings = lint("$$" + opener.repeat(20_000) + "$$\n");
      assertThat(findings).as(opener).hasSize(1);
    }
  }

  @Test
  void aMegabyteOfLineBreaksIsValidAndSuspiciousOnce() {
    assertThat(lint("```math\n" + "\\\\".repeat(512 * 1024) + "\n```\n"))
        .extracting(Finding::ruleId)
        .containsExactly("math-suspicious");
  }

  @Test
  void aMillionDollarsOnOneLineAreText() {
    assertThat(lint("$".repeat(1_000_000) + "\n")).isEmpty();
    assertThat(lint("x$1".repeat(300_000) + "\n")).isEmpty();
  }

  @Test
  void manyUnknownCommandsAreEachReported() {
    StringBuilder text = new StringBuilder("```math\n");
    for (int i = 0; i < 5_000; i++) {
      text.append("\\zz").append(Integer.toString(i, 26).replaceAll("\\d", "q")).append(' ');
    }
    assertThat(lint(text.append("\n```\n").toString())).hasSize(5_000);
  }

  @Test
  void truncatedInputNeverThrows() {
    String formula =
        "\\begin{array}{c}\\left\\{ \\frac{a}{\\sqrt[3]{b}} \\right. \\\\ \\text{$x^2$} & \\verb|v| \\end{array}";
    for (int end = 0; end <= formula.length(); end++) {
      lint("$$" + formula.substring(0, end) + "$$\n\n$" + formula.substring(0, end) + "$\n");
    }
  }
}
