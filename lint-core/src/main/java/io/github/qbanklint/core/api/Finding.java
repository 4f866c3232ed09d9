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
  public static final Comparator<Finding> ORDER = Finding::inOrder;

  // One method rather than a chain of key extractors: a run sorts hundreds of thousands of
  // findings on one core, and the launcher's C1 compiler calls each extractor through its lambda.
  // Paths and rule ids are mostly the same instances, compared without reading them.
  private static int inOrder(Finding a, Finding b) {
    int c = compare(a.path, b.path);
    if (c == 0) {
      c = Integer.compare(a.line, b.line);
    }
    if (c == 0) {
      c = Integer.compare(a.column, b.column);
    }
    if (c == 0) {
      c = compare(a.ruleId, b.ruleId);
    }
    return c != 0 ? c : compare(a.message, b.message);
  }

  private static int compare(String a, String b) {
    return a == b ? 0 : a.compareTo(b);
  }

  public Finding {
    fix = fix == null ? Optional.empty() : fix;
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(ruleId, newSeverity, path, line, column, endLine, endColumn, message, fix);
  }
}
