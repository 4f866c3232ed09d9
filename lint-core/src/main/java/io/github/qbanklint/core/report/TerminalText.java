package io.github.qbanklint.core.report;

/**
 * Makes text from a linted repository inert on a terminal, in a log or in a report read by people:
 * control characters (C0 but tab, DEL, C1), bidirectional controls and the Unicode line and
 * paragraph separators are shown as escapes ({@code \e}, {@code \r}, or {@code \}{@code u} and four
 * hex digits), so that a heading or a file name cannot clear the screen, set the window title,
 * split a {@code path:line} or reorder what is shown. The plain-text outputs, the XML, Markdown and
 * HTML reports and the GitHub annotations show text this way.
 */
public final class TerminalText {
  private TerminalText() {}

  /** {@link #isControl} is false above this code point. */
  static final int LAST_CONTROL = 0x2069;

  /** Whether a code point is shown as an escape. */
  static boolean isControl(int cp) {
    return (cp < 0x20 && cp != '\t')
        || (cp >= 0x7F && cp <= 0x9F)
        || cp == 0x061C
        || cp == 0x200E
        || cp == 0x200F
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0x2028
        || cp == 0x2029;
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
    // Every control is a single char (none is a surrogate): a plain char scan finds them.
    int first = 0;
    while (first < text.length() && !isControl(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        out.append(escapeOf(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
