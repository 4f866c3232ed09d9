package io.github.qbanklint.rules.math;

import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;

/**
 * {@code math-unknown-command}: a command or environment the configured renderer does not know (in
 * the mode where it is used), unless the document or the config defines it; suggests the closest
 * known name.
 */
public final class MathUnknownCommandRule extends MathRule {
  private static final RuleMeta META =
      metaFor("math-unknown-command")
          .summary(
              "A command or environment the configured renderer does not know; suggests the closest known one.")
          .severity(Severity.ERROR)
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }
}
