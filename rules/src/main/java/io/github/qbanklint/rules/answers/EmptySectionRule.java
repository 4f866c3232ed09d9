package io.github.qbanklint.rules.answers;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.bank.Section;

/** A section heading with no questions and no content under it. */
public final class EmptySectionRule implements Rule {
  private static final RuleMeta META =
      RuleMeta.builder("empty-section")
          .family("answers")
          .summary("A section heading has no questions and no content.")
          .severity(Severity.WARNING)
          .tags("answers", "structure")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DocumentContext context) {
    for (Section s : context.bank().sections()) {
      if (!s.hasContent() && s.questions().isEmpty()) {
        context.report(
            s.heading().start(),
            s.heading().end(),
            "section '"
                + s.title()
                + "' is empty: add its questions, or remove the heading"
                + " (and its table-of-contents entry).");
      }
    }
  }
}
