package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.TextContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * A paragraph's top-level inline nodes by line: a soft or hard line break, or an inline {@code
 * <br>}, ends a line (a break inside bold text does not).
 */
record ParagraphLines(List<Node> starts) {
  private static final Pattern BR = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

  static ParagraphLines of(Paragraph p) {
    List<Node> starts = new ArrayList<>();
    starts.add(p.getFirstChild());
    for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
      if (isBreak(n)) {
        starts.add(n.getNext());
      }
    }
    return new ParagraphLines(starts);
  }

  private static boolean isBreak(Node n) {
    return n instanceof SoftLineBreak
        || n instanceof HardLineBreak
        || n instanceof HtmlInline html && BR.matcher(html.getLiteral()).matches();
  }

  int count() {
    return starts.size();
  }

  /**
   * How many lines the question takes when they are followed by its answer: up to a line that opens
   * with an answer label ({@code A:}, {@code **答：**}), else up to the first line ending in a
   * question mark; 0 when neither is found.
   */
  int questionLines() {
    int label = answerLabelLine();
    if (label > 0) {
      return label;
    }
    for (int line = 0; line < count(); line++) {
      if (asks(line)) {
        return line + 1;
      }
    }
    return 0;
  }

  /** The first line after the first that opens with an answer label; 0 when none does. */
  int answerLabelLine() {
    for (int line = 1; line < count(); line++) {
      if (AnswerClassifier.opensWithAnswerLabel(text(line, line + 1).strip())) {
        return line;
      }
    }
    return 0;
  }

  /** Whether line {@code line} ends in a question mark. */
  boolean asks(int line) {
    return QuestionText.endsWithQuestionMark(text(line, line + 1));
  }

  /** The shown text of lines {@code from} to {@code to}, each break a space. */
  String text(int from, int to) {
    return textBetween(starts.get(from), to < count() ? starts.get(to) : null);
  }

  /**
   * The plain text after {@code node} to the end of the first line, or null when markup other than
   * a line break follows.
   */
  String plainTextAfter(Node node) {
    StringBuilder out = new StringBuilder();
    for (Node n = node.getNext(); n != null && n != firstLineEnd(); n = n.getNext()) {
      if (n instanceof Text t) {
        out.append(t.getLiteral());
      } else if (!isBreak(n)) {
        return null;
      }
    }
    return out.toString();
  }

  /**
   * The first bold or emphasised node after {@code node} on the first line that opens with an
   * answer label ({@code **A:**}, {@code *答：*}): an answer on the question's own line.
   */
  Optional<Node> emphasisedLabelAfter(Node node) {
    for (Node n = node.getNext(); n != null && n != firstLineEnd(); n = n.getNext()) {
      if ((n instanceof StrongEmphasis || n instanceof Emphasis)
          && AnswerClassifier.opensWithAnswerLabel(TextContent.of(n).strip())) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  /** The shown text of the first line up to {@code node}. */
  String textBefore(Node node) {
    return textBetween(starts.get(0), node);
  }

  /** Where the first line ends: the second one's first node, or null. */
  private Node firstLineEnd() {
    return count() > 1 ? starts.get(1) : null;
  }

  /** The shown text of the line that starts at {@code first}, up to the next line break. */
  static String lineFrom(Node first) {
    StringBuilder line = new StringBuilder();
    for (Node n = first; n != null && !isBreak(n); n = n.getNext()) {
      line.append(TextContent.of(n));
    }
    return line.toString();
  }

  /** The shown text of the nodes from {@code from} up to {@code end} (to the last when null). */
  static String textBetween(Node from, Node end) {
    StringBuilder text = new StringBuilder();
    for (Node n = from; n != null && n != end; n = n.getNext()) {
      text.append(TextContent.of(n));
    }
    return text.toString();
  }

  /** The lines after the first {@code questionLines}, when there are any. */
  Optional<AnswerLines> answerFrom(Paragraph p, int questionLines) {
    Node first = questionLines < count() ? starts.get(questionLines) : null;
    return first == null ? Optional.empty() : Optional.of(new AnswerLines(p, first));
  }
}
