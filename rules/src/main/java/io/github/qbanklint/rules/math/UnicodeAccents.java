package io.github.qbanklint.rules.math;

/**
 * Combining accents after a character ({@code A} + U+0328): KaTeX turns the ones it knows into
 * accent commands and rejects the others.
 */
final class UnicodeAccents {
  private static final String KNOWN =
      "\u0300\u0301\u0302\u0303\u0304\u0306\u0307\u0308\u030a\u030b\u030c\u0327";

  private UnicodeAccents() {}

  static boolean isCombining(char c) {
    return c >= '\u0300' && c <= '\u036f';
  }

  /** The first combining accent of {@code text} that KaTeX does not know, or -1. */
  static int unknownAccent(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isCombining(c) && KNOWN.indexOf(c) < 0) {
        return c;
      }
    }
    return -1;
  }
}
