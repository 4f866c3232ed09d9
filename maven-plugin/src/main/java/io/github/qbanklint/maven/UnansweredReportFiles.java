package io.github.qbanklint.maven;

import io.github.qbanklint.core.bank.ThinAnswer;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.ReportContext;
import io.github.qbanklint.core.report.unanswered.UnansweredReport;
import io.github.qbanklint.core.report.unanswered.UnansweredReportWriter;
import io.github.qbanklint.core.report.unanswered.UnansweredReportWriters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the unanswered-questions report in the requested formats (unanswered.md, …). */
final class UnansweredReportFiles {
  private final List<UnansweredReportWriter> writers;

  private UnansweredReportFiles(List<UnansweredReportWriter> writers) {
    this.writers = writers;
  }

  /**
   * The writers for comma-separated format names: every format of {@link UnansweredReportWriters}.
   *
   * @throws IllegalArgumentException naming an unknown format and the known ones
   */
  static UnansweredReportFiles forFormats(String formats) {
    return new UnansweredReportFiles(
        FormatList.resolve(
            formats,
            "unansweredFormats",
            UnansweredReportWriters::byFormat,
            UnansweredReportWriters.formats()));
  }

  /**
   * Writes every format into {@code directory}, with the thin answers by {@code thin}; returns the
   * files written.
   */
  List<Path> write(LintResult result, ThinAnswer thin, ReportContext context, Path directory)
      throws IOException {
    if (writers.isEmpty()) {
      return List.of();
    }
    UnansweredReport report = UnansweredReport.from(result, thin);
    List<Path> written = new ArrayList<>();
    for (UnansweredReportWriter writer : writers) {
      written.add(
          FormatList.write(
              directory,
              writer.defaultFileName(),
              out -> writer.write(report, context.linkingFrom(directory), out)));
    }
    return written;
  }
}
