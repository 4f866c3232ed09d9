package io.github.qbanklint.rules.answers;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
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
                + " has no answer: write one under the heading, or mark it"
                + " <!-- qbank-lint-disable-next-line empty-answer --> to track it as unanswered.");
      }
    }
  }
}
