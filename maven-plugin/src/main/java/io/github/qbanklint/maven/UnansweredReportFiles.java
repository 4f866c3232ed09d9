package io.github.qbanklint.maven;

import io.github.qbanklint.core.bank.ThinAnswer;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.ReportContext;
import io.github.qbanklint.core.report.unanswered.UnansweredReport;
import io.github.qbanklint.core.report.unanswered.UnansweredReportOptions;
import io.github.qbanklint.core.report.unanswered.UnansweredReportWriter;
import io.github.qbanklint.core.report.unanswered.UnansweredReportWriters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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
   * Writes every format into {@code directory}, with the thin answers by {@code thin} and the date,
   * links and history of {@code options}; returns the files written.
   *
   * @param notes receives what the user should know (skipped lines of the history file)
   */
  List<Path> write(
      LintResult result,
      ThinAnswer thin,
      UnansweredReportOptions options,
      Consumer<String> notes,
      ReportContext context,
      Path directory)
      throws IOException {
    if (writers.isEmpty()) {
      return List.of();
    }
    UnansweredReport report = options.apply(UnansweredReport.from(result, thin), notes);
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
