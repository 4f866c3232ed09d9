package io.github.qbanklint.core.remote;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/** Rewrites one stderr line ({@code \r}) with the remote check's progress; ends it when done. */
final class TerminalProgressLine implements RemoteProgress {
  private static final long MIN_GAP_NANOS = 100_000_000L;
  private final PrintWriter err;
  private long lastPrinted = Long.MIN_VALUE;

  TerminalProgressLine(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void update(int checked, int total, int failures, Duration elapsed) {
    long now = System.nanoTime();
    boolean done = checked >= total;
    if (!done && lastPrinted != Long.MIN_VALUE && now - lastPrinted < MIN_GAP_NANOS) {
      return;
    }
    lastPrinted = now;
    err.printf(
        Locale.ROOT,
        "\rremote links: %d/%d checked, %d failing, %.1f s%s",
        checked,
        total,
        failures,
        elapsed.toMillis() / 1000.0,
        done ? System.lineSeparator() : "");
    err.flush();
  }
}
