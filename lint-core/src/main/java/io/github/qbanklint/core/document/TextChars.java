package io.github.qbanklint.core.document;

/** Character classes that the text comparisons of the bank model and the rules share. */
public final class TextChars {
  private TextChars() {}

  /** What {@code \s} matches in a Java regex without Unicode classes: ASCII whitespace only. */
  public static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * A CJK unified ideograph of the basic block: none decomposes or composes under Unicode
   * normalisation, so text of them and ASCII is the same under NFKC.
   */
  public static boolean isCjkIdeograph(char c) {
    return c >= 0x4E00 && c <= 0x9FFF;
  }
}
