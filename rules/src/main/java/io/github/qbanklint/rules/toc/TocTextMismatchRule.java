package io.github.qbanklint.rules.toc;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.bank.TocEntry;
import io.github.qbanklint.core.document.Heading;

/**
 * A table-of-contents entry whose text differs from its heading's: case, spacing, punctuation or
 * wording. Bold markers, outer spaces, the kind of space, full-width ASCII and a left-out question
 * number are not differences; invisible and look-alike characters are, named by code point. An
 * entry that links nowhere ({@code ()} or {@code (#)}) is left to broken-link, which names its
 * heading.
 */
public final class TocTextMismatchRule implements Rule {
  private static final RuleMeta META =
      RuleMeta.builder("toc-text-mismatch")
          .family("toc")
          .summary("A table-of-contents entry's text differs from its heading's.")
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
              for (TocComparison.Match match : comparison.matches()) {
                TocEntry entry = match.entry();
                Heading heading = match.target().heading();
                if (!EmptyLinkTargets.isEmpty(entry)
                    && !TocText.sameShownText(entry.text(), heading.text())) {
                  String message =
                      "table-of-contents entry '"
                          + TocText.shown(entry.text())
                          + "' differs from its heading '"
                          + heading.text()
                          + "' (line "
                          + heading.line()
                          + ")"
                          + TocText.invisibleDifference(entry.text(), heading.text())
                              .map(
                                  chars ->
                                      " only by characters that are invisible or look like others: "
                                          + chars
                                          + "; delete or retype them")
                              .orElse(": make them the same")
                          + TocFindings.orRunFix(comparison)
                          + ".";
                  TocFindings.report(context, comparison, entry.start(), entry.end(), message);
                }
              }
            });
  }
}
