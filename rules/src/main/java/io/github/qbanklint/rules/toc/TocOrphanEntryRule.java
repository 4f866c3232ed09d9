package io.github.qbanklint.rules.toc;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.bank.TocEntry;

/** A table-of-contents entry that names no heading of the document. */
public final class TocOrphanEntryRule implements Rule {
  private static final RuleMeta META =
      RuleMeta.builder("toc-orphan-entry")
          .family("toc")
          .summary("A table-of-contents entry matches no heading.")
          .severity(Severity.ERROR)
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
              for (TocEntry entry : comparison.orphans()) {
                String message =
                    "table-of-contents entry '"
                        + TocText.shown(entry.text())
                        + "' matches no heading: add the heading it names, or remove the entry"
                        + (comparison.toc().table()
                            ? "."
                            : " ('qbank-lint fix --toc' regenerates the table).");
                TocFindings.report(context, comparison, entry.start(), entry.end(), message);
              }
            });
  }
}
