package io.github.qbanklint.rules.math;

import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;

/**
 * {@code math-delimiters}: an unclosed {@code $} or {@code $$}, {@code \(} or {@code \[} inside a
 * formula, or {@code \( … \)} in text, which the renderer shows literally.
 */
public final class MathDelimitersRule extends MathRule {
  private static final RuleMeta META =
      metaFor("math-delimiters")
          .summary(
              "A formula the renderer cannot delimit as written: an unclosed $ or $$, \\( or \\[ inside $…$, or \\( … \\) in text.")
          .severity(Severity.ERROR)
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }
}
