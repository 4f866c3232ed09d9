package io.github.qbanklint.core.anchors;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * GitHub's heading anchors, as github-slugger computes them: lower-case; every character removed
 * that is a symbol, a control or format character, other punctuation, a dash other than {@code -},
 * a separator other than the space, an "other number" (like {@code ²} or {@code ①}) or unassigned,
 * unless it is alphabetic; each space turned into {@code -}. Letters (CJK included), marks, decimal
 * and letter numbers, {@code _} and other connector punctuation stay. A repeated slug gets {@code
 * -1}, {@code -2}, … in document order. One instance per document; not thread-safe.
 */
public final class GithubSlugger {
  private final Map<String, Integer> occurrences = new HashMap<>();

  /** The anchor for the next heading with this text, counting earlier duplicates. */
  public String slug(String headingText) {
    String original = slugOf(headingText);
    String result = original;
    while (occurrences.containsKey(result)) {
      int count = occurrences.merge(original, 1, Integer::sum);
      result = original + "-" + count;
    }
    occurrences.put(result, 0);
    return result;
  }

  /** The anchor for a heading text, ignoring duplicates. */
  public static String slugOf(String headingText) {
    String lower = headingText.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ') {
        out.append('-');
      } else if (cp == '-' || keeps(cp)) {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  private static boolean keeps(int codePoint) {
    if (Character.isAlphabetic(codePoint)) {
      return true;
    }
    switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.COMBINING_SPACING_MARK:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.CONNECTOR_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }
}
