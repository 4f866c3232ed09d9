package io.github.qbanklint.rules.structure;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;

/**
 * Gaps, duplicates, out-of-order numbers and a first number other than 1 among numbered sibling
 * sections ({@code 1.}, {@code 2.}, {@code 3.2}); unnumbered sections are ignored.
 */
public final class SectionNumberingRule implements Rule {
  private static final RuleMeta META =
      RuleMeta.builder("section-numbering")
          .family("structure")
          .summary("Numbered section titles skip, repeat, go backwards or do not start at 1.")
          .severity(Severity.WARNING)
          .tags("structure", "numbering")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DocumentContext context) {
    new NumberingChecker(context, "section ", "sections").check(item -> !item.question());
  }
}
