package io.github.qbanklint.core.report.unanswered;

import java.util.List;
import java.util.Optional;

/** The formats of the unanswered-questions report. */
public final class UnansweredReportWriters {
  private static final List<UnansweredReportWriter> ALL =
      List.of(new UnansweredMarkdown(), new UnansweredHtml(), new UnansweredJson());

  private UnansweredReportWriters() {}

  public static Optional<UnansweredReportWriter> byFormat(String format) {
    return ALL.stream().filter(w -> w.format().equals(format)).findFirst();
  }

  public static List<String> formats() {
    return ALL.stream().map(UnansweredReportWriter::format).toList();
  }
}
