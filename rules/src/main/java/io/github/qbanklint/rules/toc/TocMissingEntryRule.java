package io.github.qbanklint.rules.toc;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.document.Heading;

/** A section or question heading that the table of contents does not list. */
public final class TocMissingEntryRule implements Rule {
  private static final RuleMeta META =
      RuleMeta.builder("toc-missing-entry")
          .family("toc")
          .summary("A section or question heading has no entry in the table of contents.")
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
              for (TocTarget target : comparison.missing()) {
                Heading h = target.heading();
                String message =
                    "heading '"
                        + h.text()
                        + "' has no entry in the table of contents (line "
                        + comparison.toc().entries().get(0).line()
                        + "): add one, or run 'qbank-lint fix --toc'.";
                TocFindings.report(context, comparison, h.start(), h.end(), message);
              }
            });
  }
}
