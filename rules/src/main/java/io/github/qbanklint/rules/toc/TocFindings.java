package io.github.qbanklint.rules.toc;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Fix;
import java.util.Optional;

/**
 * Reports a TOC finding with the regenerated table as its fix, when there is one and the run
 * applies fixes.
 */
final class TocFindings {
  private TocFindings() {}

  /**
   * The offer to regenerate the table, to end a message's advice with: none for a table of contents
   * written as a Markdown table, which the fix does not rewrite.
   */
  static String orRunFix(TocComparison comparison) {
    return comparison.toc().table() ? "" : ", or run 'qbank-lint fix --toc'";
  }

  /** With the table regenerated for what it lists. */
  static void report(
      DocumentContext context, TocComparison comparison, int start, int end, String message) {
    report(context, comparison, comparison.listed(), start, end, message);
  }

  /** With the table regenerated for what it lists and the headings of {@code required}. */
  static void report(
      DocumentContext context,
      TocComparison comparison,
      TocScope required,
      int start,
      int end,
      String message) {
    (context.fixesWanted() ? comparison.fix(required) : Optional.<Fix>empty())
        .ifPresentOrElse(
            fix -> context.report(start, end, message, fix),
            () -> context.report(start, end, message));
  }
}
