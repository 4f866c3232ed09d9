package io.github.qbanklint.rules.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The example bank shipped in {@code examples/interview-bank}, with its defects left in. */
public final class ExampleBank {
  private ExampleBank() {}

  public static Path path() {
    Path fromModule = Path.of("..", "examples", "interview-bank", "README.md");
    return Files.exists(fromModule)
        ? fromModule
        : Path.of("examples", "interview-bank", "README.md");
  }

  public static String text() {
    try {
      return Files.readString(path(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a 1-based line. */
  public static String line(int line) {
    return text().lines().skip(line - 1L).findFirst().orElse("");
  }
}
