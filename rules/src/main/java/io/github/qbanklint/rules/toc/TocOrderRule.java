package io.github.qbanklint.rules.toc;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.document.Heading;

/**
 * Table-of-contents entries listed in another place than their headings. Consecutive entries that
 * moved together are one finding.
 */
public final class TocOrderRule implements Rule {
  private static final RuleMeta META =
      RuleMeta.builder("toc-order")
          .family("toc")
          .summary("Table-of-contents entries are in a different order from the headings.")
          .severity(Severity.WARNING)
          .fixable()
          .tags("toc")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DocumentContext context) {
    TocComparison.of(context)
        .ifPresent(
            comparison -> {
              for (TocComparison.Move move : comparison.moves()) {
                TocComparison.Match first = move.matches().get(0);
                TocComparison.Match last = move.matches().get(move.matches().size() - 1);
                Heading heading = first.target().heading();
                String what =
                    move.matches().size() == 1
                        ? "table-of-contents entry '" + TocText.shown(first.entry().text()) + "' is"
                        : "table-of-contents entries '"
                            + TocText.shown(first.entry().text())
                            + "' to '"
                            + TocText.shown(last.entry().text())
                            + "' ("
                            + move.matches().size()
                            + " entries) are";
                String where =
                    move.headingBefore()
                        .map(t -> "after '" + t.heading().text() + "'")
                        .orElse("first");
                String message =
                    what
                        + " out of order: the heading (line "
                        + heading.line()
                        + ") comes "
                        + where
                        + " in the document; move the entry there"
                        + TocFindings.orRunFix(comparison)
                        + ".";
                TocFindings.report(
                    context, comparison, first.entry().start(), last.entry().end(), message);
              }
            });
  }
}
