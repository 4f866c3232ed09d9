package io.github.qbanklint.rules.toc;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.OptionSpec;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.document.Heading;

/**
 * A section or question heading that the table of contents does not list, among the roles and
 * levels the table lists ({@link TocScope}) or those the {@code scope} option names.
 */
public final class TocMissingEntryRule implements Rule {
  private static final RuleMeta META =
      RuleMeta.builder("toc-missing-entry")
          .family("toc")
          .summary("A section or question heading has no entry in the table of contents.")
          .severity(Severity.WARNING)
          .fixable()
          .tags("toc")
          .option(
              OptionSpec.choice(
                  "scope",
                  TocScope.OPTION_VALUES,
                  "which headings need an entry: auto (the roles and levels the table's entries"
                      + " name), sections, questions, or all"))
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
              TocScope scope =
                  TocScope.of(context.options().getString("scope"), comparison.listed());
              UnlinkedTocEntries unlinked =
                  new UnlinkedTocEntries(context.document(), comparison.toc());
              for (TocTarget target : comparison.missing(scope)) {
                Heading h = target.heading();
                String message =
                    unlinked
                        .lineOf(h.text())
                        .map(line -> unlinkedEntry(h, line))
                        .orElseGet(() -> noEntry(h, comparison, scope));
                TocFindings.report(context, comparison, scope, h.start(), h.end(), message);
              }
            });
  }

  private static String noEntry(Heading h, TocComparison comparison, TocScope scope) {
    return "heading '"
        + h.text()
        + "' has no entry in the table of contents (line "
        + comparison.toc().entries().get(0).line()
        + ", which lists "
        + scope.describe()
        + "): add one"
        + TocFindings.orRunFix(comparison)
        + ".";
  }

  private static String unlinkedEntry(Heading h, int line) {
    return "heading '"
        + h.text()
        + "' has an entry in the table of contents on line "
        + line
        + ", but it is no link: a link target cannot hold spaces; write (#"
        + h.anchor()
        + ") as its target.";
  }
}
