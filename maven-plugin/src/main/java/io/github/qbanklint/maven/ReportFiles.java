package io.github.qbanklint.maven;

import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.ReportContext;
import io.github.qbanklint.core.report.Reporter;
import io.github.qbanklint.core.report.Reporters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the findings in the requested formats, one file per format, named by its reporter. */
final class ReportFiles {
  private final List<Reporter> reporters;

  private ReportFiles(List<Reporter> reporters) {
    this.reporters = reporters;
  }

  /**
   * The reporters for comma-separated format names: every format of {@link Reporters}.
   *
   * @throws IllegalArgumentException naming an unknown format and the known ones
   */
  static ReportFiles forFormats(String formats) {
    return new ReportFiles(
        FormatList.resolve(formats, "formats", Reporters::byFormat, Reporters.formats()));
  }

  /** Writes every report into {@code directory}; returns the files written. */
  List<Path> write(LintResult result, ReportContext context, Path directory) throws IOException {
    List<Path> written = new ArrayList<>();
    for (Reporter reporter : reporters) {
      written.add(
          FormatList.write(
              directory, reporter.defaultFileName(), out -> reporter.write(result, context, out)));
    }
    return written;
  }
}
