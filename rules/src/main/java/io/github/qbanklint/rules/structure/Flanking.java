package io.github.qbanklint.rules.structure;

import org.commonmark.text.Characters;

/**
 * CommonMark's flanking rules: whether a delimiter run can open or close emphasis, told from the
 * characters on either side of it, with the parser's own notions of whitespace and punctuation. The
 * start and end of the text count as whitespace.
 */
final class Flanking {
  private Flanking() {}

  /** Whether the run at {@code [start, end)} of {@code text} can open emphasis. */
  static boolean canOpen(String text, int start, int end) {
    int before = before(text, start);
    int after = after(text, end);
    boolean left = leftFlanking(before, after);
    return text.charAt(start) == '*'
        ? left
        : left && (!rightFlanking(before, after) || isPunctuation(before));
  }

  /** Whether the run at {@code [start, end)} of {@code text} can close emphasis. */
  static boolean canClose(String text, int start, int end) {
    int before = before(text, start);
    int after = after(text, end);
    boolean right = rightFlanking(before, after);
    return text.charAt(start) == '*'
        ? right
        : right && (!leftFlanking(before, after) || isPunctuation(after));
  }

  private static boolean leftFlanking(int before, int after) {
    return !isWhitespace(after)
        && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
  }

  private static boolean rightFlanking(int before, int after) {
    return !isWhitespace(before)
        && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
  }

  private static int before(String text, int start) {
    return start == 0 ? '\n' : text.codePointBefore(start);
  }

  private static int after(String text, int end) {
    return end == text.length() ? '\n' : text.codePointAt(end);
  }

  private static boolean isWhitespace(int c) {
    return Characters.isWhitespaceCodePoint(c);
  }

  private static boolean isPunctuation(int c) {
    return Characters.isPunctuationCodePoint(c);
  }
}
