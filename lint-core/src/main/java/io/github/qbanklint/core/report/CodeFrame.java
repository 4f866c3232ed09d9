package io.github.qbanklint.core.report;

/**
 * A source line with a caret line under a finding's columns, as in compiler output. Columns are
 * code points; the caret is placed by terminal cells, so wide (CJK) characters count two. Long
 * lines are cut to a window around the column.
 */
final class CodeFrame {
  private static final int MAX_CELLS = 100;
  private static final int LEAD_CELLS = 30;
  private static final String TAB = "    ";

  private CodeFrame() {}

  /**
   * The two lines of the frame, without the gutter: the shown source, and spaces and carets.
   *
   * @param column 1-based code-point column where the finding starts
   * @param endColumn 1-based code-point column where it ends on this line (exclusive), or any value
   *     not above {@code column} for a single caret
   */
  static String[] lines(String source, int column, int endColumn) {
    int[] cps = source.codePoints().toArray();
    int[] cellsBefore = cellsBefore(cps);
    int start = Math.min(Math.max(column - 1, 0), cps.length);
    int end = Math.min(Math.max(endColumn - 1, start + 1), Math.max(cps.length, start + 1));
    int from = 0;
    if (cellsBefore[start] > LEAD_CELLS && cellsBefore[cps.length] > MAX_CELLS) {
      from = start;
      while (from > 0 && cellsBefore[start] - cellsBefore[from - 1] <= LEAD_CELLS) {
        from--;
      }
    }
    int to = from;
    while (to < cps.length && cellsBefore[to + 1] - cellsBefore[from] <= MAX_CELLS) {
      to++;
    }
    String prefix = from > 0 ? "…" : "";
    String suffix = to < cps.length ? "…" : "";
    StringBuilder shown = new StringBuilder(prefix);
    for (int i = from; i < to; i++) {
      if (cps[i] == '\t') {
        shown.append(TAB);
      } else if (TerminalText.isControl(cps[i])) {
        shown.append(TerminalText.escapeOf(cps[i]));
      } else {
        shown.appendCodePoint(cps[i]);
      }
    }
    shown.append(suffix);
    int caretStart = prefix.length() + cellsBefore[start] - cellsBefore[from];
    int caretCells = Math.max(1, cellsBefore[Math.min(end, to)] - cellsBefore[start]);
    String carets = " ".repeat(caretStart) + "^".repeat(caretCells);
    return new String[] {shown.toString(), carets};
  }

  /** Terminal cells before each code point: {@code [i]} is the width of {@code cps[0, i)}. */
  private static int[] cellsBefore(int[] cps) {
    int[] before = new int[cps.length + 1];
    for (int i = 0; i < cps.length; i++) {
      before[i + 1] = before[i] + cells(cps[i]);
    }
    return before;
  }

  /** Terminal cells of a code point: two for East Asian wide and full-width ones. */
  static int cells(int cp) {
    if (cp == '\t') {
      return TAB.length();
    }
    if (TerminalText.isControl(cp)) {
      return TerminalText.escapeOf(cp).length();
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == 0x200B) {
      return 0;
    }
    boolean wide =
        (cp >= 0x1100 && cp <= 0x115F)
            || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
            || (cp >= 0xAC00 && cp <= 0xD7A3)
            || (cp >= 0xF900 && cp <= 0xFAFF)
            || (cp >= 0xFE30 && cp <= 0xFE4F)
            || (cp >= 0xFF00 && cp <= 0xFF60)
            || (cp >= 0xFFE0 && cp <= 0xFFE6)
            || (cp >= 0x1F300 && cp <= 0x1F64F)
            || (cp >= 0x1F900 && cp <= 0x1F9FF)
            || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
  }
}
