package io.github.qbanklint.core.report;

import io.github.qbanklint.core.engine.LintResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes a lint result in one output format. Reporters hold no checking logic. */
public interface Reporter {

  /** The format name used with {@code --format} and the plugin's {@code formats}. */
  String format();

  /** The file name used with {@code --output-dir}, for example {@code qbank-lint.sarif}. */
  String defaultFileName();

  void write(LintResult result, ReportContext context, Writer out) throws IOException;

  /**
   * Writes the report as UTF-8 bytes (a report file); text that cannot be encoded is an error, as
   * with a file writer. A reporter may encode on several cores.
   */
  default void write(LintResult result, ReportContext context, OutputStream out)
      throws IOException {
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()));
    write(result, context, writer);
    writer.flush();
  }
}
