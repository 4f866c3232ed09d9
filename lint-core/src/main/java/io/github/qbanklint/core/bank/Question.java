package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Heading;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * A question heading and its answer.
 *
 * @param heading the question's heading
 * @param number its number as written ({@code 5}, {@code 1.2.3}), when it has one
 * @param title the heading text without the question marker and number
 * @param sectionTitle the title of the enclosing section, when there is one
 * @param answerBlocks the top-level blocks from the heading to the next heading of the same or a
 *     higher level, or the next question
 * @param answered whether the answer has content: not only blank lines, comments, rules, an empty
 *     {@code <details>} or a placeholder
 * @param answerText the answer's shown text, for length checks and prose
 */
public record Question(
    Heading heading,
    Optional<String> number,
    String title,
    Optional<String> sectionTitle,
    List<Node> answerBlocks,
    boolean answered,
    String answerText) {

  public int line() {
    return heading.line();
  }

  /** A short label for messages: {@code 问题5}, {@code Q3} or the title. */
  public String label() {
    String text = heading.text();
    int cut = text.length();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '：' || c == ':' || c == '?' || c == '？') {
        cut = i;
        break;
      }
    }
    String label = text.substring(0, cut).strip();
    return label.isEmpty() || label.length() > 40 ? abbreviate(text) : label;
  }

  private static String abbreviate(String text) {
    return text.codePointCount(0, text.length()) <= 40
        ? text
        : text.substring(0, text.offsetByCodePoints(0, 39)) + "…";
  }
}
