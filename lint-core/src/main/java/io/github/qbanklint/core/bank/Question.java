package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Heading;
import io.github.qbanklint.core.document.HtmlScanner;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * A question and its answer. A question is a heading, a paragraph or a list item (see {@link
 * QuestionShape}).
 *
 * @param kind heading, paragraph or list item
 * @param shape the shape it was recognised by
 * @param heading its heading, for heading questions
 * @param text its shown text (for a heading, the heading's text)
 * @param line 1-based line where it starts
 * @param start offset of its first character
 * @param end offset just past it (a heading's end, or a paragraph's)
 * @param anchor the fragment that links to it: a heading's anchor, else empty
 * @param number its sequence number, when it has one
 * @param title the text without the question marker and number
 * @param sectionTitle the title of the enclosing section, when there is one
 * @param prompt the shown text of what a heading question shows before its answer (a quiz's code
 *     and options, above {@code <details><summary>Answer</summary>}), empty when the answer follows
 *     the heading
 * @param answerKey the title of the answer key apart that answers it ({@code Answer key}), by its
 *     entry numbered as it is; empty when its answer follows it
 * @param answerBlocks the blocks of its answer
 * @param answered whether the answer has content: not only blank lines, comments, rules, headings,
 *     an empty {@code <details>} or placeholders (with or without a references list)
 * @param answerLength how much the answer says (see {@link ThinAnswer} for when that is too
 *     little), measured once: the thin-answer rule and every file's outline ask for it
 */
public record Question(
    ItemKind kind,
    QuestionShape shape,
    Optional<Heading> heading,
    String text,
    int line,
    int start,
    int end,
    String anchor,
    Optional<SequenceNumber> number,
    String title,
    Optional<String> sectionTitle,
    String prompt,
    Optional<String> answerKey,
    List<Node> answerBlocks,
    boolean answered,
    AnswerLength answerLength) {

  private static final int SHOWN = 60;

  public Question {
    answerBlocks = List.copyOf(answerBlocks);
  }

  /**
   * The answer's shown text, one line per block that shows any: built on each call, since no rule
   * needs it (what the answer says is measured once, in {@link #answerLength}).
   */
  public String answerText() {
    StringBuilder text = new StringBuilder();
    for (Node block : answerBlocks) {
      String shown = BlockKinds.shownText(block);
      if (!shown.isBlank()) {
        text.append(shown.strip()).append('\n');
      }
    }
    return text.toString().strip();
  }

  /**
   * The label that opens the answer of a question that shows something first ({@code Answer:},
   * {@code Solution}, a {@code <summary>}), as written; empty when the answer follows the heading
   * or the question's own text without one.
   */
  public Optional<String> answerLabel() {
    return prompt.isEmpty() || answerBlocks.isEmpty() || answerKey.isPresent()
        ? Optional.empty()
        : AnswerLabels.shown(answerBlocks.get(0));
  }

  /**
   * The question as written, in quotes, for messages: {@code 'Q3. What is recall?'}, its number and
   * question mark kept; a text over {@value #SHOWN} code points is cut with an ellipsis. A heading
   * with no question of its own is followed by what it {@link #asks}: {@code '问题5' (说说你对 AQS
   * 的理解。)}.
   */
  public String quoted() {
    String quoted = "'" + cut(text.strip()) + "'";
    return asks().isEmpty() ? quoted : quoted + " (" + cut(asks()) + ")";
  }

  /**
   * What a heading that only numbers its question ({@code ### 问题5}) asks: the first line of the
   * question written under it, unless that opens code; empty for every other question, whose text
   * says it.
   */
  public String asks() {
    if (!title.isBlank()) {
      return "";
    }
    String first = prompt.lines().findFirst().orElse("").strip();
    if (first.startsWith("<")) {
      first = HtmlScanner.readableText(first).strip(); // <p>给定一个整数数组 <code>nums</code>…</p>
    }
    first = first.replace('\u00a0', ' ').strip();
    return first.startsWith("```") || first.startsWith("~~~") ? "" : first;
  }

  private static String cut(String shown) {
    return shown.codePointCount(0, shown.length()) > SHOWN
        ? shown.substring(0, shown.offsetByCodePoints(0, SHOWN - 1)) + "…"
        : shown;
  }
}
