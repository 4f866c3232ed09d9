package io.github.qbanklint.core.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@code $…$} and {@code $$…$$} spans in a paragraph's source, so that prose never checks
 * LaTeX and bold markers inside formulas are not taken for Markdown. A small stand-in for the math
 * family's span detector, following the same GitHub rules: a {@code $} after a backslash is
 * literal, an inline {@code $} followed by a space or preceded by a digit opens nothing, and a
 * closing {@code $} is not preceded by a space. Only dollars outside code (where {@code
 * delimiter[i]} is true) count.
 */
public final class DollarMath {
  private DollarMath() {}

  /** The spans as {@code [start, end)} pairs of offsets into {@code source}. */
  public static List<int[]> spans(String source, boolean[] delimiter) {
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < source.length()) {
      if (!isDollar(source, delimiter, i)) {
        i++;
        continue;
      }
      boolean display = isDollar(source, delimiter, i + 1);
      int close =
          display ? displayClose(source, delimiter, i + 2) : inlineClose(source, delimiter, i);
      if (close < 0) {
        i += display ? 2 : 1;
        continue;
      }
      spans.add(new int[] {i, close});
      i = close;
    }
    return spans;
  }

  private static int displayClose(String source, boolean[] delimiter, int from) {
    for (int j = from; j + 1 < source.length(); j++) {
      if (isDollar(source, delimiter, j) && isDollar(source, delimiter, j + 1)) {
        return j + 2;
      }
    }
    return -1;
  }

  private static int inlineClose(String source, boolean[] delimiter, int open) {
    boolean opens =
        open + 1 < source.length()
            && !Character.isWhitespace(source.charAt(open + 1))
            && (open == 0 || !Character.isDigit(source.charAt(open - 1)));
    if (!opens) {
      return -1;
    }
    for (int j = open + 2; j < source.length(); j++) {
      if (isDollar(source, delimiter, j) && !Character.isWhitespace(source.charAt(j - 1))) {
        return j + 1;
      }
    }
    return -1;
  }

  private static boolean isDollar(String source, boolean[] delimiter, int i) {
    return i < source.length()
        && source.charAt(i) == '$'
        && delimiter[i]
        && (i == 0 || source.charAt(i - 1) != '\\');
  }
}
