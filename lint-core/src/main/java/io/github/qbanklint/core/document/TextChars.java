package io.github.qbanklint.core.document;

import java.text.Normalizer;
import java.util.Locale;

/** Character classes that the text comparisons of the bank model and the rules share. */
public final class TextChars {
  private TextChars() {}

  /**
   * Whether a text shows nothing: only whitespace, no-break spaces ({@code &nbsp;}, which {@link
   * String#isBlank} keeps) and zero-width characters, as spacers such as {@code &nbsp;} and {@code
   * &#8203;} are written.
   */
  public static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)
          && !Character.isSpaceChar(c)
          && (c < '\u200b' || c > '\u200d')
          && c != '\u2060'
          && c != '\ufeff') {
        return false;
      }
    }
    return true;
  }

  /** Whether a code point is an emoji or another symbol, or what joins or varies one. */
  public static boolean isSymbol(int cp) {
    int type = Character.getType(cp);
    return type == Character.OTHER_SYMBOL
        || type == Character.MODIFIER_SYMBOL
        || type == Character.ENCLOSING_MARK
        || cp == 0xFE0F
        || cp == 0x200D;
  }

  /** What {@code \s} matches in a Java regex without Unicode classes: ASCII whitespace only. */
  public static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * The letters and digits of a text under NFKC, lower case, Chinese in simplified characters: how
   * short labels ({@code ⬆ Back to Top}, {@code 💡 Show answer}, {@code 查看答案}, {@code 點擊查看答案}) are
   * compared, whatever their arrows, emoji, spaces and punctuation.
   */
  public static String foldedLetters(String text) {
    String folded =
        ChineseScript.simplified(
            Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    StringBuilder letters = new StringBuilder(folded.length());
    folded.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
    return letters.toString();
  }

  /**
   * A CJK unified ideograph of the basic block: none decomposes or composes under Unicode
   * normalisation, so text of them and ASCII is the same under NFKC.
   */
  public static boolean isCjkIdeograph(char c) {
    return c >= 0x4E00 && c <= 0x9FFF;
  }
}
