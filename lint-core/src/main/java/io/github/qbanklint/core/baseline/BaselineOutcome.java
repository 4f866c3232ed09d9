package io.github.qbanklint.core.baseline;

import io.github.qbanklint.core.engine.LintResult;
import java.util.ArrayList;
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

  /**
   * What the baseline did, for the console: a line with the counts, then a line per fixed entry
   * ({@code path:line rule message}, with the line as recorded in the baseline).
   */
  public List<String> describe(String baselineName) {
    List<String> lines = new ArrayList<>();
    String summary =
        baselined + (baselined == 1 ? " finding" : " findings") + " baselined by " + baselineName;
    if (fixed.isEmpty()) {
      lines.add(summary + ".");
      return lines;
    }
    lines.add(
        summary
            + "; "
            + fixed.size()
            + (fixed.size() == 1 ? " entry no longer occurs" : " entries no longer occur")
            + " (fixed), 'qbank-lint baseline prune' drops "
            + (fixed.size() == 1 ? "it:" : "them:"));
    for (BaselineEntry e : fixed) {
      lines.add("  fixed: " + e.path() + ":" + e.line() + "  " + e.rule() + "  " + e.message());
    }
    return lines;
  }
}
