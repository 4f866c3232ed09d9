package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import io.github.qbanklint.core.document.TextContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Where answer keys apart may start, in document order: headings naming the answers ({@code ##
 * Answer key}, {@code ## 参考答案}), and top-level paragraphs that are only such a name in bold ({@code
 * **Answer key**}, {@code **Answers:**}, {@code **答え**}), as many generated quizzes head their
 * keys.
 */
final class KeyTitles {
  /**
   * One title.
   *
   * @param text the key's name, as findings quote it
   * @param heading the index of its heading; empty for a bold paragraph
   * @param block its block
   * @param start its offset
   * @param end the index of the first heading after the key: after a heading's sub-headings, and
   *     the next heading after a paragraph
   */
  record Title(String text, OptionalInt heading, int block, int start, int end) {}

  private KeyTitles() {}

  static List<Title> of(List<Heading> headings, Blocks blocks) {
    List<Title> titles = new ArrayList<>();
    int next = 0;
    for (int b = 0; b < blocks.all().size(); b++) {
      for (; next < headings.size() && blocks.headingBlock(next) <= b; next++) {
        Heading h = headings.get(next);
        if (AnswerLabels.namesKey(h.text())) {
          titles.add(
              new Title(h.text(), OptionalInt.of(next), b, h.start(), endOf(next, headings)));
        }
      }
      Optional<String> boldName = blocks.startsHeading(b) ? Optional.empty() : boldName(blocks, b);
      if (boldName.isPresent()) {
        int start = Document.startOffset(blocks.all().get(b));
        titles.add(new Title(boldName.get(), OptionalInt.empty(), b, start, next));
      }
    }
    return titles;
  }

  /** The first heading after heading {@code i} that is not one of its sub-headings. */
  private static int endOf(int i, List<Heading> headings) {
    int end = i + 1;
    while (end < headings.size() && headings.get(end).level() > headings.get(i).level()) {
      end++;
    }
    return end;
  }

  /**
   * The name a top-level paragraph gives a key when it is only that name in bold, with a colon
   * inside or after the bold ({@code **Answers:**}, {@code **Answer Key**:}).
   */
  private static Optional<String> boldName(Blocks blocks, int b) {
    if (!(blocks.all().get(b) instanceof Paragraph p
            && p.getParent() instanceof org.commonmark.node.Document
            && p.getFirstChild() instanceof StrongEmphasis strong)
        || !onlyColonAfter(strong.getNext())) {
      return Optional.empty();
    }
    String name = withoutColon(TextContent.of(strong).strip());
    return AnswerLabels.namesKeyInBold(name) ? Optional.of(name) : Optional.empty();
  }

  /** Whether inlines are only blank text and one colon: every bold-opening paragraph asks. */
  private static boolean onlyColonAfter(Node node) {
    boolean colon = false;
    for (Node n = node; n != null; n = n.getNext()) {
      if (!(n instanceof Text text)) {
        return false;
      }
      if (!text.getLiteral().isBlank()) {
        if (colon || !withoutColon(text.getLiteral().strip()).isEmpty()) {
          return false;
        }
        colon = true;
      }
    }
    return true;
  }

  private static String withoutColon(String text) {
    return text.endsWith(":") || text.endsWith("：")
        ? text.substring(0, text.length() - 1).strip()
        : text;
  }
}
