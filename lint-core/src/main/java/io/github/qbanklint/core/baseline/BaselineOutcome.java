package io.github.qbanklint.core.baseline;

import io.github.qbanklint.core.engine.LintResult;
import java.util.List;

/**
 * A lint result with the baselined findings taken out.
 *
 * @param result the findings not in the baseline
 * @param baselined how many findings the baseline held back
 * @param fixed entries of the checked files that no longer occur
 */
public record BaselineOutcome(LintResult result, int baselined, List<BaselineEntry> fixed) {
  public BaselineOutcome {
    fixed = List.copyOf(fixed);
  }
}
