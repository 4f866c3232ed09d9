package io.github.qbanklint.rules.math;

import java.util.Locale;

/**
 * Which Markdown renderer decides what is math: how a single {@code $} may open and close inline
 * math, whether {@code $`…`$} is math, whether {@code $$…$$} inside a sentence is display math, and
 * whether the renderer protects math from Markdown's emphasis and escapes. The rules follow the
 * verified behaviour in {@code delimiter-comparison.md}.
 */
enum MathProfile {
  /**
   * GitHub: no opening before a space or after a digit, no closing before a digit (so prices stay
   * text), {@code $`…`$}, ```math; Markdown's escapes and emphasis apply inside {@code $…$}.
   */
  GITHUB(true, true),
  /** remark-math: any {@code $} pairs with the next one of the same length. */
  REMARK(false, false),
  /** pandoc {@code tex_math_dollars}. */
  PANDOC(false, true),
  /** VS Code's preview (markdown-it-katex): no alphanumerics just outside the dollars. */
  VSCODE(true, true);

  private final boolean backtickMath;
  private final boolean doubleDollarIsDisplay;

  MathProfile(boolean backtickMath, boolean doubleDollarIsDisplay) {
    this.backtickMath = backtickMath;
    this.doubleDollarIsDisplay = doubleDollarIsDisplay;
  }

  /** The profile named in the settings (already validated by {@code MathSettings}). */
  static MathProfile of(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** Whether {@code $`…`$} is math rather than a code span between two dollars. */
  boolean backtickMath() {
    return backtickMath;
  }

  /** Whether Markdown's emphasis and escapes apply inside {@code $…$} before the renderer. */
  boolean markdownSeesInlineMath() {
    return this == GITHUB;
  }

  /** Whether a display {@code $$…$$} may run across a blank line, as a fenced block does. */
  boolean displayMayHoldBlankLines() {
    return this == REMARK || this == VSCODE;
  }

  /** Whether {@code $$…$$} inside a sentence renders as display math. */
  boolean doubleDollarIsDisplay() {
    return doubleDollarIsDisplay;
  }

  /** Whether the single {@code $} at {@code i} of {@code text} may open inline math. */
  boolean canOpen(CharSequence text, int i) {
    char next = charAt(text, i + 1);
    char previous = charAt(text, i - 1);
    return switch (this) {
      case GITHUB -> !isSpace(next) && !isAsciiDigit(previous);
      case PANDOC -> !isSpace(next);
      case VSCODE -> !isAsciiAlphanumeric(previous);
      case REMARK -> true;
    };
  }

  /** Whether the single {@code $} at {@code i} of {@code text} may close inline math. */
  boolean canClose(CharSequence text, int i) {
    char next = charAt(text, i + 1);
    char previous = charAt(text, i - 1);
    return switch (this) {
      case GITHUB -> !isAsciiDigit(next);
      case PANDOC -> !isSpace(previous) && !isAsciiDigit(next);
      case VSCODE -> !isAsciiAlphanumeric(next);
      case REMARK -> true;
    };
  }

  private static char charAt(CharSequence text, int i) {
    return i >= 0 && i < text.length() ? text.charAt(i) : ' ';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiAlphanumeric(char c) {
    return isAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
