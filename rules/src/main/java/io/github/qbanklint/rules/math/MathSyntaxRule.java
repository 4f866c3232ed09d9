package io.github.qbanklint.rules.math;

import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;

/**
 * {@code math-syntax}: TeX the renderer rejects: unbalanced braces or environments, {@code \left}
 * without {@code \right}, missing arguments, double scripts, misplaced {@code &} or {@code #},
 * display-only constructs inline.
 */
public final class MathSyntaxRule extends MathRule {
  private static final RuleMeta META =
      metaFor("math-syntax")
          .summary(
              "TeX the renderer rejects: unbalanced braces or environments, \\left without \\right, missing arguments, double scripts, misplaced & or #.")
          .severity(Severity.ERROR)
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }
}
