package io.github.qbanklint.rules.math;

import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;

/**
 * {@code math-suspicious}: TeX the renderer accepts but that is almost surely a mistake: {@code \\}
 * in display math outside an environment, a parenthesis or bracket left open or never opened, a
 * {@code \left.} … {@code \right.} pair that draws nothing. Checked on formulas without a strict
 * finding, so that one mistake gets one finding.
 */
public final class MathSuspiciousRule extends MathRule {
  private static final RuleMeta META =
      metaFor("math-suspicious")
          .summary(
              "TeX the renderer accepts but that is almost surely a mistake: \\\\ in display math outside an environment, unbalanced parentheses or brackets, an empty \\left. … \\right. pair.")
          .severity(Severity.WARNING)
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }
}
