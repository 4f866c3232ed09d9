package io.github.qbanklint.rules.answers;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.bank.ItemKind;
import io.github.qbanklint.core.bank.Question;

/** A question whose answer has no content: blank, comments only, or a placeholder. */
public final class EmptyAnswerRule implements Rule {
  private static final RuleMeta META =
      RuleMeta.builder("empty-answer")
          .family("answers")
          .summary("A question has no answer: only blank lines, comments or a placeholder.")
          .severity(Severity.ERROR)
          .tags("answers")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DocumentContext context) {
    for (Question q : context.bank().questions()) {
      if (!q.answered()) {
        context.report(
            q.start(),
            q.end(),
            q.quoted()
                + " has no answer: write one "
                + where(q.kind())
                + ", or mark it"
                + " <!-- qbank-lint-disable-next-line empty-answer --> to track it as unanswered.");
      }
    }
  }

  private static String where(ItemKind kind) {
    return switch (kind) {
      case HEADING -> "under the heading";
      case PARAGRAPH -> "below the question";
      case LIST_ITEM -> "nested under the list item";
      case DETAILS -> "inside its <details> block";
    };
  }
}
