package io.github.qbanklint.core.report;

import java.nio.charset.StandardCharsets;

/** Escaping for text put into generated Markdown (and the HTML report's links). */
public final class MarkdownText {
  private static final String ENCODED_IN_DESTINATIONS = "% ()<>";

  private MarkdownText() {}

  /**
   * Text shown literally: inline Markdown punctuation, HTML and table pipes escaped, lines joined,
   * other controls shown as {@link TerminalText} shows them.
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        out.append(' ');
      } else if (TerminalText.isControl(c)) {
        out.append(escape(TerminalText.escapeOf(c)));
      } else if (c == '<') {
        out.append("&lt;");
      } else if (c == '>') {
        out.append("&gt;");
      } else if (c == '&') {
        out.append("&amp;");
      } else {
        if ("\\`*_[]|$~".indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A link destination, in Markdown or an HTML {@code href}: spaces, parentheses, angle brackets
   * and controls percent-encoded, so the link stays one token and still leads to the file.
   */
  public static String destination(String target) {
    StringBuilder out = new StringBuilder(target.length() + 8);
    target
        .codePoints()
        .forEach(
            cp -> {
              if (ENCODED_IN_DESTINATIONS.indexOf(cp) >= 0 || TerminalText.isControl(cp)) {
                for (byte b : Character.toString(cp).getBytes(StandardCharsets.UTF_8)) {
                  out.append(String.format("%%%02X", b & 0xff));
                }
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }
}
