package io.github.qbanklint.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The example bank's text: from {@code -Dqbank.bank=FILE}, else found from the working directory
 * upwards as {@code examples/interview-bank/README.md}.
 */
final class ExampleBankText {
  private static final Path RELATIVE = Path.of("examples", "interview-bank", "README.md");

  private ExampleBankText() {}

  static String read() {
    try {
      return Files.readString(locate(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Size in megabytes (10^6 bytes) of the UTF-8 text, for MB/s figures. */
  static double megabytes() {
    return read().getBytes(StandardCharsets.UTF_8).length / 1e6;
  }

  private static Path locate() {
    String configured = System.getProperty("qbank.bank");
    if (configured != null) {
      return Path.of(configured);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(RELATIVE))) {
        return dir.resolve(RELATIVE);
      }
    }
    throw new IllegalStateException(
        "cannot find " + RELATIVE + "; run from the repository or set -Dqbank.bank");
  }
}
