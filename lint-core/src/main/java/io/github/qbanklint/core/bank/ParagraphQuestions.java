package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.TextContent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Finds questions that are not headings among a document's top-level blocks: wholly bold paragraphs
 * ending in a question mark, paragraphs starting with a bold number, and ordered list items ending
 * in a question mark with the answer nested under them.
 */
final class ParagraphQuestions {
  /** What may follow a bold question: a difficulty tag or emoji, nothing that reads as text. */
  private static final Pattern TRAILING_TAG =
      Pattern.compile(
          "\\s*(?:\\([^()]{0,16}\\)|（[^（）]{0,16}）|\\[[^\\[\\]]{0,16}]|【[^【】]{0,16}】|[\\p{So}\\p{Sk}\\uFE0F\\s])*");

  private static final Pattern BOLD_NUMBER = Pattern.compile("\\d{1,4}\\s*[.)、）．:：]?");

  /**
   * A question found among blocks.
   *
   * @param block the index of its top-level block
   * @param node the paragraph, or the list item
   * @param text its shown text
   * @param answer its answer's blocks, for a list item (a paragraph's answer follows it)
   */
  record Found(int block, Node node, QuestionShape shape, String text, List<Node> answer) {}

  private final NumberParser parser;
  private final Set<QuestionShape> shapes;

  ParagraphQuestions(NumberParser parser, Set<QuestionShape> shapes) {
    this.parser = parser;
    this.shapes = shapes;
  }

  /** The questions among {@code blocks}, skipping those where {@code skip} is set. */
  List<Found> find(List<Node> blocks, boolean[] skip) {
    List<Found> bold = new ArrayList<>();
    List<Found> numbered = new ArrayList<>();
    List<Found> items = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (skip[i]) {
        continue;
      }
      Node block = blocks.get(i);
      if (block instanceof Paragraph p) {
        paragraphQuestion(i, p, bold, numbered);
      } else if (block instanceof OrderedList list) {
        listQuestions(i, list, items);
      }
    }
    List<Found> found = new ArrayList<>();
    if (bold.size() >= 2 && shapes.contains(QuestionShape.BOLD_PARAGRAPH)) {
      found.addAll(bold);
    }
    if (numbered.size() >= 2 && shapes.contains(QuestionShape.NUMBERED_BOLD)) {
      found.addAll(numbered);
    }
    if (shapes.contains(QuestionShape.LIST_ITEM_QUESTION)) {
      found.addAll(items);
    }
    found.sort(Comparator.comparingInt(Found::block));
    return found;
  }

  private void paragraphQuestion(int index, Paragraph p, List<Found> bold, List<Found> numbered) {
    Node first = p.getFirstChild();
    if (!(first instanceof StrongEmphasis)) {
      return;
    }
    String boldText = TextContent.of(first).strip();
    String after = textAfter(first.getNext());
    if (after != null && TRAILING_TAG.matcher(after).matches()) {
      if (QuestionText.endsWithQuestionMark(boldText) || parser.read(boldText).marker()) {
        bold.add(new Found(index, p, QuestionShape.BOLD_PARAGRAPH, boldText, List.of()));
      }
      return;
    }
    if (BOLD_NUMBER.matcher(boldText).matches() && !TextContent.of(p).strip().equals(boldText)) {
      numbered.add(
          new Found(index, p, QuestionShape.NUMBERED_BOLD, TextContent.of(p).strip(), List.of()));
    }
  }

  /** The plain text after a node to the paragraph's end, or null when markup follows. */
  private static String textAfter(Node node) {
    StringBuilder out = new StringBuilder();
    for (Node n = node; n != null; n = n.getNext()) {
      if (n instanceof Text t) {
        out.append(t.getLiteral());
      } else if (n instanceof SoftLineBreak) {
        out.append(' ');
      } else {
        return null;
      }
    }
    return out.toString();
  }

  private static void listQuestions(int index, OrderedList list, List<Found> found) {
    List<Found> questions = new ArrayList<>();
    boolean anyNested = false;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      Node first = item.getFirstChild();
      if (!(item instanceof ListItem) || !(first instanceof Paragraph)) {
        continue;
      }
      String text = TextContent.of(first).strip();
      if (!QuestionText.endsWithQuestionMark(text)) {
        continue;
      }
      List<Node> answer = new ArrayList<>();
      for (Node n = first.getNext(); n != null; n = n.getNext()) {
        answer.add(n);
      }
      anyNested |= !answer.isEmpty();
      questions.add(new Found(index, item, QuestionShape.LIST_ITEM_QUESTION, text, answer));
    }
    if (anyNested) {
      found.addAll(questions);
    }
  }
}
