package io.github.qbanklint.core.report.unanswered;

import io.github.qbanklint.core.report.ReportContext;
import java.io.IOException;
import java.io.Writer;

/** Writes the unanswered-questions report in one format. */
public interface UnansweredReportWriter {

  /** The format name used with {@code report --format}: {@code md}, {@code html}, {@code json}. */
  String format();

  /** The file name used when writing into a directory. */
  String defaultFileName();

  void write(UnansweredReport report, ReportContext context, Writer out) throws IOException;
}
