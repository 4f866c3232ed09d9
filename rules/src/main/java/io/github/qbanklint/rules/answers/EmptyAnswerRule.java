package io.github.qbanklint.rules.answers;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.bank.Question;
import org.commonmark.node.Document;

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
            q.quoted() + " has no answer: " + whatToDo(q) + " to track it as unanswered.");
      }
    }
  }

  /** Whether the question's heading stands in a list item or a block quote. */
  private static boolean isNested(Question q) {
    return q.heading().map(h -> !(h.node().getParent() instanceof Document)).orElse(false);
  }

  /** Whether a {@code <details>} question stands in a list item; its first block is the element. */
  private static boolean isNestedDetails(Question q) {
    return !q.answerBlocks().isEmpty()
        && !(q.answerBlocks().get(0).getParent() instanceof Document);
  }

  /** Where to write the answer, and how to mark the question as open instead. */
  private static String whatToDo(Question q) {
    String nextLine = ", or mark it <!-- qbank-lint-disable-next-line empty-answer -->";
    return switch (q.kind()) {
      case HEADING ->
          isNested(q)
              // In a list item (1. ### What is X?) a comment line above would end the list.
              ? "write one under the heading, or put"
                  + " <!-- qbank-lint-disable-line empty-answer --> at the end of its line"
              : (q.prompt().isEmpty()
                      ? "write one under the heading"
                      : "write one in its answer, after the code or options the question shows")
                  + nextLine;
      case PARAGRAPH -> "write one below the question" + nextLine;
      case LIST_ITEM ->
          // A comment line between list items would end the list.
          "write one nested under the list item, or put"
              + " <!-- qbank-lint-disable-line empty-answer --> at the end of its line";
      case DETAILS ->
          "write one inside its <details> block"
              + (isNestedDetails(q)
                  ? ", or put <!-- qbank-lint-disable-line empty-answer --> at the end of its"
                      + " first line"
                  : nextLine);
      case TABLE_ROW ->
          "write one in the row's answer cell, or put"
              + " <!-- qbank-lint-disable-line empty-answer --> in that cell";
    };
  }
}
