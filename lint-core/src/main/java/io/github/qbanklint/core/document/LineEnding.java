package io.github.qbanklint.core.document;

/** The line-ending style of a file, so that fixes write back the same style. */
public enum LineEnding {
  LF("\n"),
  CRLF("\r\n"),
  CR("\r"),
  MIXED("\n"),
  NONE("\n");

  private final String separator;

  LineEnding(String separator) {
    this.separator = separator;
  }

  /** The separator to use for new lines; for mixed files, the most common style's. */
  public String separator() {
    return separator;
  }

  /** Detects the style of {@code text}; {@link #MIXED} when more than one style occurs. */
  public static LineEnding detect(String text) {
    if (text.indexOf('\r') < 0) { // the usual case, without a charAt loop
      return text.indexOf('\n') < 0 ? NONE : LF;
    }
    int lf = 0;
    int crlf = 0;
    int cr = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          crlf++;
          i++;
        } else {
          cr++;
        }
      } else if (c == '\n') {
        lf++;
      }
    }
    int styles = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
    if (styles == 0) {
      return NONE;
    }
    if (styles > 1) {
      return MIXED;
    }
    return lf > 0 ? LF : crlf > 0 ? CRLF : CR;
  }
}
