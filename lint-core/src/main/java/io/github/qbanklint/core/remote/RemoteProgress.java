package io.github.qbanklint.core.remote;

import java.io.PrintWriter;
import java.time.Duration;

/** Hears how a remote check advances: after every URL, and once more when all are done. */
@FunctionalInterface
public interface RemoteProgress {
  RemoteProgress NONE = (checked, total, failures, elapsed) -> {};

  /**
   * @param checked distinct URLs done so far (cached and skipped ones included)
   * @param total distinct URLs in this check
   * @param failures URLs found broken so far
   * @param elapsed time since the check started
   */
  void update(int checked, int total, int failures, Duration elapsed);

  /** A progress line on a terminal's stderr, rewritten in place at most ten times a second. */
  static RemoteProgress terminalLine(PrintWriter err) {
    return new TerminalProgressLine(err);
  }
}
