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

  static void report(
      DocumentContext context, TocComparison comparison, int start, int end, String message) {
    (context.fixesWanted() ? comparison.fix() : Optional.<Fix>empty())
        .ifPresentOrElse(
            fix -> context.report(start, end, message, fix),
            () -> context.report(start, end, message));
  }
}
