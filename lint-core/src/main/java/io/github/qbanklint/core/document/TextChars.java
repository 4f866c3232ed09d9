package io.github.qbanklint.core.document;

import java.text.Normalizer;
import java.util.Locale;

/** Character classes that the text comparisons of the bank model and the rules share. */
public final class TextChars {
  /**
   * Full-width ASCII ({@code Ａ}, {@code １}, {@code ：}), which NFKC maps to ASCII at this offset.
   */
  private static final char FULL_WIDTH_FIRST = '\uff01';

  private static final char FULL_WIDTH_LAST = '\uff5e';
  private static final int FULL_WIDTH_OFFSET = 0xfee0;

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
    // Most texts are ASCII, CJK, kana and Hangul, which NFKC leaves as they are (full-width ASCII
    // becomes ASCII): folded here char by char, as the normaliser is the cost of every heading
    // and label compared.
    StringBuilder letters = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
        c = (char) (c - FULL_WIDTH_OFFSET);
      }
      if (c < 0x80) {
        if (c >= '0' && c <= '9' || c >= 'a' && c <= 'z') {
          letters.append(c);
        } else if (c >= 'A' && c <= 'Z') {
          letters.append((char) (c + ('a' - 'A')));
        }
      } else if (!stableUnderNfkc(c)) {
        return foldedByNormalising(text);
      } else if (Character.isLetterOrDigit(c)) {
        letters.append(ChineseScript.simplified(c));
      }
    }
    return letters.toString();
  }

  /**
   * Whether NFKC leaves the character as it is, whatever stands around it: CJK ideographs, kana,
   * Hangul syllables and the CJK full stop, comma and brackets (none composes with a neighbour of
   * these classes).
   */
  static boolean stableUnderNfkc(char c) {
    return isCjkIdeograph(c)
        || c >= '\u3041' && c <= '\u3096'
        || c >= '\u30a1' && c <= '\u30fa'
        || c >= '\uac00' && c <= '\ud7a3'
        || c == '\u3001'
        || c == '\u3002'
        || c >= '\u3008' && c <= '\u3011';
  }

  private static String foldedByNormalising(String text) {
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
