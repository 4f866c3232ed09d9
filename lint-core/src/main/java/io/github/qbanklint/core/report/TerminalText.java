package io.github.qbanklint.core.report;

/**
 * Makes text from a linted repository inert on a terminal: control characters (C0 but tab, DEL, C1)
 * and bidirectional controls are shown as escapes ({@code \e}, {@code \r}, {@code \u202e}), so that
 * a heading or a file name cannot clear the screen, set the window title, split a {@code path:line}
 * or reorder what is shown.
 */
public final class TerminalText {
  private TerminalText() {}

  /** Whether a code point is shown as an escape. */
  static boolean isControl(int cp) {
    return (cp < 0x20 && cp != '\t')
        || (cp >= 0x7F && cp <= 0x9F)
        || cp == 0x061C
        || cp == 0x200E
        || cp == 0x200F
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069);
  }

  /** The escape shown for a control code point. */
  static String escapeOf(int cp) {
    return switch (cp) {
      case 0x1B -> "\\e";
      case '\r' -> "\\r";
      case '\n' -> "\\n";
      default -> String.format("\\u%04x", cp);
    };
  }

  /** The text with every control code point escaped; the text itself when it has none. */
  public static String escape(String text) {
    int i = 0;
    while (i < text.length() && !isControl(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, i);
    text.codePoints()
        .skip(text.codePointCount(0, i))
        .forEach(
            cp -> out.append(isControl(cp) ? escapeOf(cp) : new String(Character.toChars(cp))));
    return out.toString();
  }
}
