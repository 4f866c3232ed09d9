package io.github.qbanklint.rules.toc;

import io.github.qbanklint.core.api.DocumentContext;

/** Reports a TOC finding with the regenerated table as its fix, when there is one. */
final class TocFindings {
  private TocFindings() {}

  static void report(
      DocumentContext context, TocComparison comparison, int start, int end, String message) {
    comparison
        .fix()
        .ifPresentOrElse(
            fix -> context.report(start, end, message, fix),
            () -> context.report(start, end, message));
  }
}
