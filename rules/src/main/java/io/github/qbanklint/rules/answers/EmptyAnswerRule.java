package io.github.qbanklint.rules.answers;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.bank.Question;
import io.github.qbanklint.core.document.Heading;
import io.github.qbanklint.core.document.TextContent;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

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

  /** A placeholder longer than this is not quoted in the message. */
  private static final int MAX_QUOTED_PLACEHOLDER = 60;

  private static final String NEXT_LINE =
      ", or mark it <!-- qbank-lint-disable-next-line empty-answer -->";
  private static final String SAME_LINE = " <!-- qbank-lint-disable-line empty-answer -->";

  /**
   * Whether a question's own node stands in a list item or a block quote, where a comment line
   * above it would end the list or quote: its heading, or the {@code <details>} element that is the
   * first block of its answer.
   */
  private static boolean isNested(Question q) {
    Node node =
        q.heading()
            .<Node>map(Heading::node)
            .orElseGet(() -> q.answerBlocks().isEmpty() ? null : q.answerBlocks().get(0));
    return node != null && !(node.getParent() instanceof Document);
  }

  /**
   * Whether a list item's answer stands after its list, in the {@code <details>} there, rather than
   * nested under the item.
   */
  private static boolean answeredAfterItsList(Question q) {
    return !q.answerBlocks().isEmpty() && q.answerBlocks().get(0).getParent() instanceof Document;
  }

  /** Where to write the answer when it opens with a label ({@code Answer}), else {@code where}. */
  private static String afterLabel(Question q, String where) {
    return q.answerLabel()
        .map(label -> "write one after '" + label + "', where its answer starts")
        .orElse(where);
  }

  /**
   * Where to write an answer: {@code plain} when the question shows nothing before it, in place of
   * the placeholder that ends the question's statement ({@code Answer here}), else {@code
   * belowPrompt} (its options, or the question written under a bare heading).
   */
  private static String belowPrompt(Question q, String plain, String belowPrompt) {
    if (q.prompt().isEmpty()) {
      return plain;
    }
    if (!q.answerBlocks().isEmpty() && q.answerBlocks().get(0) instanceof Paragraph placeholder) {
      String text = TextContent.of(placeholder).strip();
      if (!text.isEmpty() && text.length() <= MAX_QUOTED_PLACEHOLDER) {
        return "write one in place of '" + text + "'";
      }
    }
    return belowPrompt;
  }

  /** Where to write the answer, and how to mark the question as open instead. */
  private static String whatToDo(Question q) {
    if (q.answerKey().isPresent()) {
      return "write its entry "
          + q.number().orElseThrow().text()
          + " in the answer key '"
          + q.answerKey().get()
          + "'"
          + NEXT_LINE;
    }
    return switch (q.kind()) {
      case HEADING ->
          afterLabel(
                  q,
                  belowPrompt(
                      q,
                      "write one under the heading",
                      q.title().isBlank()
                          ? "write one below the question written under the heading"
                          : "write one below its options"))
              + (isNested(q) ? ", or put" + SAME_LINE + " at the end of its line" : NEXT_LINE);
      case PARAGRAPH ->
          afterLabel(
                  q,
                  q.asks().isEmpty()
                      ? belowPrompt(
                          q, "write one below the question", "write one below its options")
                      : "write one below the question")
              + NEXT_LINE;
      case LIST_ITEM ->
          (answeredAfterItsList(q)
                  ? "write one inside the <details> after the list item"
                  : "write one nested under the list item")
              + ", or put"
              + SAME_LINE
              + " at the end of its line";
      case DETAILS ->
          (q.asks().isEmpty()
                  ? "write one inside its <details> block"
                  : "write one inside its <details> block, below the question written there")
              + (isNested(q)
                  ? ", or put" + SAME_LINE + " at the end of its first line"
                  : NEXT_LINE);
      case BOX -> "write one inside the box it titles" + NEXT_LINE;
      case FRONT_MATTER ->
          "write one below the front matter, or put <!-- qbank-lint-disable-file empty-answer -->"
              + " in the file";
      case TABLE_ROW -> "write one in the row's answer cell, or put" + SAME_LINE + " in that cell";
    };
  }
}
