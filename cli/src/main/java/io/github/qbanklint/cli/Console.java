package io.github.qbanklint.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Standard output and error as UTF-8, whatever the platform's default encoding. */
final class Console {
  static final PrintWriter OUT = utf8(FileDescriptor.out);
  static final PrintWriter ERR = utf8(FileDescriptor.err);

  private Console() {}

  private static PrintWriter utf8(FileDescriptor fd) {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
  }

  /**
   * Whether writing to standard output failed (a full disk, a pipe whose reader is gone): the
   * writer only records such a failure, so the run must ask before it reports success.
   */
  static boolean outputFailed() {
    return OUT.checkError();
  }

  /** Whether standard output is a terminal that takes colours. */
  static boolean isColourTerminal() {
    return System.console() != null
        && System.getenv("NO_COLOR") == null
        && !"dumb".equals(System.getenv("TERM"));
  }
}
