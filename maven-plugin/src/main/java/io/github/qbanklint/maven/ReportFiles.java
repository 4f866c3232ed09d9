package io.github.qbanklint.maven;

import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.ReportContext;
import io.github.qbanklint.core.report.Reporter;
import io.github.qbanklint.core.report.Reporters;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Writes a result in the requested formats, one file per format, named by its reporter. */
final class ReportFiles {
  private final List<Reporter> reporters;

  private ReportFiles(List<Reporter> reporters) {
    this.reporters = reporters;
  }

  /**
   * The reporters for format names; entries may hold several names separated by commas.
   *
   * @throws IllegalArgumentException naming an unknown format and the known ones
   */
  static ReportFiles forFormats(List<String> formats) {
    Set<String> names = new LinkedHashSet<>();
    for (String entry : formats) {
      for (String name : entry.split(",")) {
        if (!name.isBlank()) {
          names.add(name.trim());
        }
      }
    }
    List<Reporter> reporters = new ArrayList<>();
    for (String name : names) {
      reporters.add(
          Reporters.byFormat(name)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown format '"
                              + name
                              + "' in formats (known: "
                              + String.join(", ", Reporters.formats())
                              + ")")));
    }
    return new ReportFiles(reporters);
  }

  /** Writes every report into {@code directory}; returns the files written. */
  List<Path> write(LintResult result, ReportContext context, Path directory) throws IOException {
    List<Path> written = new ArrayList<>();
    if (reporters.isEmpty()) {
      return written;
    }
    Files.createDirectories(directory);
    for (Reporter reporter : reporters) {
      Path file = directory.resolve(reporter.defaultFileName());
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        reporter.write(result, context, out);
      }
      written.add(file);
    }
    return written;
  }
}
