package io.github.qbanklint.core.report;

import io.github.qbanklint.core.engine.LintResult;
import java.io.IOException;
import java.io.Writer;

/** Writes a lint result in one output format. Reporters hold no checking logic. */
public interface Reporter {

  /** The format name used with {@code --format} and the plugin's {@code formats}. */
  String format();

  /** The file name used with {@code --output-dir}, for example {@code qbank-lint.sarif}. */
  String defaultFileName();

  void write(LintResult result, ReportContext context, Writer out) throws IOException;
}
