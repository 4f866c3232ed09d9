package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.TextContent;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;

/**
 * A quiz question's options: three or more items or lines lettered in sequence ({@code A)}, {@code
 * B.}, {@code (c)}, {@code d)}), as a list ({@code - A) …}) or as the lines of one paragraph
 * ({@code A. …} is no list to CommonMark). Options are the question's own, never its answer.
 */
final class OptionLists {
  private static final int LEAST = 3;

  private OptionLists() {}

  /** Whether a block is a list, or a paragraph, of lettered options. */
  static boolean isOptions(Node block) {
    return count(block) >= LEAST;
  }

  /**
   * How many options a block letters in sequence from A ({@code A} to {@code C} for three), or 0
   * when it is no list, or paragraph, of options.
   */
  static int count(Node block) {
    if (block instanceof ListBlock list) {
      return lettered(list);
    }
    return block instanceof Paragraph paragraph ? lettered(paragraph) : 0;
  }

  private static int lettered(ListBlock list) {
    Sequence sequence = new Sequence();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item.getFirstChild() instanceof Paragraph p) || !sequence.next(TextContent.of(p))) {
        return 0;
      }
    }
    return sequence.complete();
  }

  /** A paragraph whose every line opens with the next letter: {@code A. …}, {@code B. …}, … */
  private static int lettered(Paragraph paragraph) {
    Sequence sequence = new Sequence();
    boolean lineStart = true;
    for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        lineStart = true;
      } else if (lineStart) {
        lineStart = false;
        if (!sequence.next(TextContent.of(n))) {
          return 0;
        }
      }
    }
    return sequence.complete();
  }

  /** Openings lettered in sequence from A (or a), read one at a time. */
  private static final class Sequence {
    private char first;
    private int count;

    /** Whether {@code text} opens with the next letter of the sequence. */
    boolean next(String text) {
      char letter = letter(text.strip());
      if (count == 0 ? !startsSequence(letter) : letter != first + count) {
        return false;
      }
      if (count == 0) {
        first = letter;
      }
      count++;
      return true;
    }

    /** How many options the sequence holds, or 0 when they are too few to be options. */
    int complete() {
      return count >= LEAST ? count : 0;
    }
  }

  private static boolean startsSequence(char letter) {
    return letter == 'A' || letter == 'a';
  }

  /**
   * The letter an option opens with ({@code A)}, {@code A.}, {@code (A)}, {@code A、}, {@code A：}
   * followed by a space or nothing), 0 if none.
   */
  private static char letter(String text) {
    boolean parenthesised = text.startsWith("(") || text.startsWith("（");
    int at = parenthesised ? 1 : 0;
    if (text.length() <= at + 1) {
      return 0;
    }
    char letter = text.charAt(at);
    char close = text.charAt(at + 1);
    boolean closes = parenthesised ? close == ')' || close == '）' : ".)．）、:：".indexOf(close) >= 0;
    boolean spaced = text.length() == at + 2 || Character.isWhitespace(text.charAt(at + 2));
    boolean ascii = letter < 0x80 && Character.isLetter(letter);
    return ascii && closes && (spaced || close > 0x80) ? letter : 0;
  }
}
