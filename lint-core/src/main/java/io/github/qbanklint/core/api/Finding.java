package io.github.qbanklint.core.api;

import java.util.Comparator;
import java.util.Optional;

/**
 * One problem found by a rule. Lines and columns are 1-based; columns count Unicode code points.
 * {@code path} is relative to the workspace root, with {@code /} separators.
 */
public record Finding(
    String ruleId,
    Severity severity,
    String path,
    int line,
    int column,
    int endLine,
    int endColumn,
    String message,
    Optional<Fix> fix) {

  /** The stable output order: path, line, column, rule, message. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::path)
          .thenComparingInt(Finding::line)
          .thenComparingInt(Finding::column)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  public Finding {
    fix = fix == null ? Optional.empty() : fix;
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(ruleId, newSeverity, path, line, column, endLine, endColumn, message, fix);
  }
}
