package io.github.qbanklint.maven;

import io.github.qbanklint.core.text.DidYouMean;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** A comma-separated list of format names, as the {@code formats} parameters take them. */
final class FormatList {
  private FormatList() {}

  /** What writes one format into a file. */
  interface FileWriter {
    void write(Writer out) throws IOException;
  }

  /**
   * The writers for the names in {@code formats}, in order, each once.
   *
   * @throws IllegalArgumentException naming an unknown format, the parameter and the known ones
   */
  static <T> List<T> resolve(
      String formats, String parameter, Function<String, Optional<T>> byName, List<String> known) {
    Set<String> names = new LinkedHashSet<>();
    for (String name : formats == null ? new String[0] : formats.split(",")) {
      if (!name.isBlank()) {
        names.add(name.trim());
      }
    }
    List<T> writers = new ArrayList<>();
    for (String name : names) {
      writers.add(
          byName
              .apply(name)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown format '"
                              + name
                              + "' in "
                              + parameter
                              + " (known: "
                              + String.join(", ", known)
                              + ")"
                              + DidYouMean.hint(name, known))));
    }
    return writers;
  }

  /** Writes one report file in UTF-8, creating its directory. */
  static Path write(Path directory, String fileName, FileWriter writer) throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve(fileName);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writer.write(out);
    }
    return file;
  }
}
