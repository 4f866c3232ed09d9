package io.github.qbanklint.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard output and error as UTF-8, whatever the platform's default encoding. Reports and help on
 * {@link #OUT} escape what they quote themselves (and may colour it); messages, on {@link #INFO}
 * and {@link #ERR}, go through an {@link InertWriter}, so none of them passes a control character
 * on.
 */
final class Console {
  private static final Writer STDOUT = utf8(FileDescriptor.out);
  private static final Writer STDERR = utf8(FileDescriptor.err);
  static final PrintWriter OUT = new PrintWriter(STDOUT, true);
  static final PrintWriter INFO = new PrintWriter(new InertWriter(STDOUT), true);
  static final PrintWriter ERR = new PrintWriter(new InertWriter(STDERR), true);

  /**
   * Standard output as bytes, for a report its reporter builds as UTF-8 (a JSON report of a million
   * findings would otherwise be decoded and encoded again); like {@link #OUT}, it records a failed
   * write rather than throw.
   */
  static final PrintStream OUT_BYTES =
      new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));

  /** Standard error as it is, for the progress line that redraws itself with {@code \r}. */
  static final PrintWriter PROGRESS = new PrintWriter(STDERR, true);

  private Console() {}

  private static Writer utf8(FileDescriptor fd) {
    return new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8);
  }

  /**
   * Whether writing to standard output failed (a full disk, a pipe whose reader is gone): the
   * writer only records such a failure, so the run must ask before it reports success.
   */
  static boolean outputFailed() {
    return OUT.checkError() || OUT_BYTES.checkError();
  }

  /** Whether standard output is a terminal that takes colours. */
  static boolean isColourTerminal() {
    return System.console() != null
        && System.getenv("NO_COLOR") == null
        && !"dumb".equals(System.getenv("TERM"));
  }
}
