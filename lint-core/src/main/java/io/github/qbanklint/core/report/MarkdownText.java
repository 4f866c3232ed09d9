package io.github.qbanklint.core.report;

/** Escaping for text put into generated Markdown. */
public final class MarkdownText {
  private MarkdownText() {}

  /**
   * Text shown literally: inline Markdown punctuation, HTML and table pipes escaped, lines joined.
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        out.append(' ');
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

  /** A link destination: spaces and parentheses percent-encoded, so the link stays one token. */
  public static String destination(String target) {
    return target
        .replace("%", "%25")
        .replace(" ", "%20")
        .replace("(", "%28")
        .replace(")", "%29")
        .replace("<", "%3C")
        .replace(">", "%3E");
  }
}
