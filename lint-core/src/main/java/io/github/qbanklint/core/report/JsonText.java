package io.github.qbanklint.core.report;

/**
 * JSON string literals exactly as {@link JsonDocuments}' generator writes them, for output written
 * without a generator: JSON's short escapes ({@code \"}, {@code \\}, {@code \b}, {@code \t}, {@code
 * \n}, {@code \f}, {@code \r}), other C0 controls and DEL as upper-case Unicode escapes, and every
 * other control that {@link TerminalText} escapes as a Unicode escape too.
 */
final class JsonText {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private JsonText() {}

  /** Appends {@code text} as a quoted JSON string. */
  static void appendString(StringBuilder out, String text) {
    out.append('"');
    int plain = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && (c < 0x7F || !TerminalText.isControl(c))) {
        continue;
      }
      out.append(text, plain, i);
      plain = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default ->
            out.append("\\u")
                .append(HEX[c >> 12])
                .append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
      }
    }
    out.append(text, plain, text.length()).append('"');
  }
}
