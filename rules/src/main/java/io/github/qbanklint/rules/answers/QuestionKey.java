package io.github.qbanklint.rules.answers;

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

  static String of(String title) {
    String folded = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String unnumbered = NUMBERING.matcher(folded).replaceFirst("");
    StringBuilder key = new StringBuilder(unnumbered.length());
    unnumbered.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
    return key.toString();
  }
}
