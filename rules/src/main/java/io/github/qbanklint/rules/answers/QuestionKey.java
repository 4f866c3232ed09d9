package io.github.qbanklint.rules.answers;

import io.github.qbanklint.core.document.ChineseScript;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What two questions share when they are the same question: the title folded to full-width-free,
 * lower-case letters and digits (NFKC), without a numbering prefix, spaces or punctuation. {@code
 * 问题3：什么是 Transformer？} and {@code 5. 什么是transformer} have the same key.
 */
final class QuestionKey {
  /** A numbering left in a title ({@code 3.}, {@code 2.1、}, {@code Q4:}, {@code 问题5：}). */
  private static final Pattern NUMBERING =
      Pattern.compile("^\\s*(?:问题|题目|q|question)?\\s*\\d+(?:\\.\\d+)*\\s*[.、):]\\s*");

  private QuestionKey() {}

  /**
   * The key of {@code title}. A workspace of 2,000 banks has hundreds of thousands of titles, keyed
   * on every run: full-width forms are narrowed first (most Chinese titles end in one, and it is
   * all NFKC would change), a title then in NFKC is not normalised again, the numbering pattern
   * runs only on a title that could start with a numbering, and the letters are kept in a plain
   * loop.
   */
  static String of(String title) {
    String narrowed = narrowed(title);
    String normalised =
        Normalizer.isNormalized(narrowed, Normalizer.Form.NFKC)
            ? narrowed
            : Normalizer.normalize(narrowed, Normalizer.Form.NFKC);
    String folded = ChineseScript.simplified(normalised.toLowerCase(Locale.ROOT));
    String unnumbered =
        mayStartWithNumbering(folded) ? NUMBERING.matcher(folded).replaceFirst("") : folded;
    StringBuilder key = new StringBuilder(unnumbered.length());
    for (int i = 0; i < unnumbered.length(); ) {
      int cp = unnumbered.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        key.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return key.toString();
  }

  /**
   * The title with each full-width ASCII form (U+FF01 to U+FF5E) and the ideographic space made the
   * character that NFKC decomposes it to, which decomposes no further: NFKC of the result is NFKC
   * of the title.
   */
  private static String narrowed(String title) {
    char[] chars = null;
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      char narrow = c == '\u3000' ? ' ' : c >= '\uff01' && c <= '\uff5e' ? (char) (c - 0xfee0) : c;
      if (narrow != c) {
        if (chars == null) {
          chars = title.toCharArray();
        }
        chars[i] = narrow;
      }
    }
    return chars == null ? title : new String(chars);
  }

  /** False when {@link #NUMBERING} cannot match: past {@code \s*}, no digit and no prefix word. */
  private static boolean mayStartWithNumbering(String folded) {
    int i = 0;
    while (i < folded.length() && isRegexSpace(folded.charAt(i))) {
      i++;
    }
    if (i == folded.length()) {
      return false;
    }
    char first = folded.charAt(i);
    return (first >= '0' && first <= '9') || first == '问' || first == '题' || first == 'q';
  }

  /** The characters of {@code \s} in a pattern without UNICODE_CHARACTER_CLASS. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }
}
