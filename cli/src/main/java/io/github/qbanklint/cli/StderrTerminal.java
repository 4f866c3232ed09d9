package io.github.qbanklint.cli;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Whether standard error is a terminal, and how wide it is. Java 17 cannot tell: {@code
 * System.console()} looks at standard input and output only. So, as JLine's exec terminal provider
 * does, ask {@code test -t 2} (POSIX) with our standard error inherited, and {@code stty size} on
 * {@code /dev/tty} for the width; where those commands do not exist (Windows) the answer is "not a
 * terminal". Both run once, and only when a run has already taken a second.
 */
final class StderrTerminal {
  private static final int DEFAULT_WIDTH = 80;

  private StderrTerminal() {}

  static boolean isTerminal() {
    try {
      Process test =
          new ProcessBuilder("test", "-t", "2")
              .redirectInput(Redirect.from(new File("/dev/null")))
              .redirectOutput(Redirect.DISCARD)
              .redirectError(Redirect.INHERIT)
              .start();
      return finished(test) && test.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** {@code COLUMNS} when the shell exports it, else what {@code stty} says, else 80. */
  static int width(Map<String, String> env) {
    int columns = positive(env.get("COLUMNS"));
    if (columns > 0) {
      return columns;
    }
    try {
      Process stty =
          new ProcessBuilder("stty", "size")
              .redirectInput(Redirect.from(new File("/dev/tty")))
              .redirectError(Redirect.DISCARD)
              .start();
      String size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      String[] rowsAndColumns = size.strip().split("\\s+");
      int fromStty = finished(stty) && rowsAndColumns.length == 2 ? positive(rowsAndColumns[1]) : 0;
      return fromStty > 0 ? fromStty : DEFAULT_WIDTH;
    } catch (IOException e) {
      return DEFAULT_WIDTH;
    }
  }

  private static boolean finished(Process process) {
    try {
      if (process.waitFor(2, TimeUnit.SECONDS)) {
        return true;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.destroyForcibly();
    return false;
  }

  private static int positive(String number) {
    if (number == null || !number.strip().matches("[0-9]{1,5}")) {
      return 0;
    }
    return Integer.parseInt(number.strip());
  }
}
