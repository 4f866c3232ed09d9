package io.github.qbanklint.cli;

import java.io.PrintWriter;

/**
 * One line on a terminal's standard error, redrawn in place: a carriage return, the text cut to the
 * terminal's width, and "erase to the end of the line" ({@code ESC [ K}) for what a longer line
 * left. At most ten redraws a second, none when the text did not change; {@link #erase} leaves the
 * line blank for what is printed next. The text must be plain ASCII words and numbers: nothing from
 * the linted files goes into it, so it cannot carry a control character.
 */
final class ProgressLine {
  static final long MIN_GAP_NANOS = 100_000_000L;
  private static final String ERASE_TO_END = "\u001b[K";

  private final PrintWriter terminal;
  private final int width;
  private String shown;
  private long shownAt;
  private boolean erased;

  /**
   * @param width the terminal's columns; the text is cut one short of them, so that the cursor
   *     never wraps to a new line, which a carriage return could not undo
   */
  ProgressLine(PrintWriter terminal, int width) {
    this.terminal = terminal;
    this.width = Math.max(1, width - 1);
  }

  /** Shows {@code text} unless it is already shown or the last redraw was under 0.1 s ago. */
  synchronized void draw(String text, long nowNanos) {
    String cut = text.length() > width ? text.substring(0, width) : text;
    if (erased || cut.equals(shown) || (shown != null && nowNanos - shownAt < MIN_GAP_NANOS)) {
      return;
    }
    terminal.print("\r" + cut + ERASE_TO_END);
    terminal.flush();
    shown = cut;
    shownAt = nowNanos;
  }

  /** Blanks the line if it was drawn, and draws no more. */
  synchronized void erase() {
    if (shown != null && !erased) {
      terminal.print("\r" + ERASE_TO_END);
      terminal.flush();
    }
    erased = true;
  }
}
