package io.github.qbanklint.rules.toc;

import java.util.Locale;

/**
 * Characters a reader cannot see or cannot tell from a Latin letter: invisible format characters
 * (Unicode category Cf: ZERO WIDTH SPACE, the joiners, the BOM, SOFT HYPHEN, direction marks) and
 * the Cyrillic and Greek letters drawn like Latin ones ({@code а} U+0430 for {@code a}). Text
 * pasted from a web page or typed with another keyboard layout brings them in.
 */
final class LookAlikes {
  /** Cyrillic and Greek letters, each drawn like the Latin letter at the same index of LATIN. */
  private static final String CONFUSABLE = "АВЕЅІЈКМНОРСТХҮԚԜаеѕіјһорсухԁԛԝ" + "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧον";

  private static final String LATIN = "ABESIJKMHOPCTXYQWaesijhopcyxdqw" + "ABEZHIKMNOPTYXov";

  private LookAlikes() {}

  /** Whether a reader would not see the character, or would read it as another. */
  static boolean isSuspect(int codePoint) {
    return isInvisible(codePoint) || confusable(codePoint) >= 0;
  }

  private static boolean isInvisible(int codePoint) {
    return Character.getType(codePoint) == Character.FORMAT;
  }

  /** The index of a look-alike in {@link #CONFUSABLE}, or -1; only Greek and Cyrillic are read. */
  private static int confusable(int codePoint) {
    return codePoint >= 0x370 && codePoint <= 0x52F ? CONFUSABLE.indexOf(codePoint) : -1;
  }

  /** The text as a reader sees it: invisible characters dropped, look-alikes as Latin letters. */
  static String plain(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      int confusable = confusable(c);
      if (confusable >= 0) {
        out.append(LATIN.charAt(confusable));
      } else if (!isInvisible(c)) {
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }

  /** The code point and its Unicode name: {@code U+200B ZERO WIDTH SPACE}. */
  static String describe(int codePoint) {
    String name = Character.getName(codePoint);
    return String.format(Locale.ROOT, "U+%04X %s", codePoint, name == null ? "" : name).strip();
  }
}
