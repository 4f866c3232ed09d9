package io.github.qbanklint.rules.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * lint-core's fixture banks, each with a golden outline written by reading it: their names (the
 * {@code .md} file names), texts and the golden role of each heading line.
 */
public final class FixtureBanks {
  private static final Path DIR = Path.of("..", "lint-core", "src", "test", "resources", "banks");
  private static final ObjectMapper JSON = new ObjectMapper();

  private FixtureBanks() {}

  /** The banks that have a golden outline, as {@code NAME.md}, sorted. */
  public static Stream<String> names() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".outline.json"))
              .map(n -> n.replace(".outline.json", ".md"))
              .sorted()
              .toList();
      return names.stream();
    }
  }

  public static String text(String bank) {
    try {
      return Files.readString(DIR.resolve(bank), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The golden role of each item's line: {@code section}, {@code answer-heading}, … */
  public static Map<Integer, String> roles(String bank) {
    try {
      JsonNode golden = JSON.readTree(DIR.resolve(bank.replace(".md", ".outline.json")).toFile());
      Map<Integer, String> roles = new HashMap<>();
      golden.get("items").forEach(i -> roles.put(i.get("line").asInt(), i.get("role").asText()));
      return roles;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
