package io.github.qbanklint.rules.math;

/**
 * The next occurrence of one character in a text, remembered between questions: asked with
 * ascending positions, as a walk in document order does, it searches the text once in all.
 */
final class NextChar {
  private final String text;
  private final char c;
  private int searchedFrom = Integer.MAX_VALUE;
  private int next = -1;

  NextChar(String text, char c) {
    this.text = text;
    this.c = c;
  }

  /** The index of the first {@code c} at or after {@code from}; the text's length if none. */
  int from(int from) {
    if (next < from || searchedFrom > from) {
      int found = text.indexOf(c, from);
      next = found < 0 ? text.length() : found;
      searchedFrom = from;
    }
    return next;
  }
}
