package io.github.qbanklint.maven;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.ReportContext;
import io.github.qbanklint.core.report.TerminalText;
import io.github.qbanklint.core.report.TextReporter;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints findings through Maven's log, one per line as {@code path:line:column rule-id message} at
 * the level of their severity, so IDEs and CI consoles link them; then the summary line. Paths and
 * messages show controls as escapes ({@link TerminalText}), so a file name or heading cannot split
 * a line or drive the console. A run that checked remote links ends with what it did not check.
 */
final class FindingLog {
  private FindingLog() {}

  static void print(LintResult result, ReportContext context, Log log) {
    for (String inputError : result.inputErrors()) {
      log.error(TerminalText.escape(inputError));
    }
    for (Finding f : result.findings()) {
      String line =
          TerminalText.escape(context.displayPath(result.root(), f.path()))
              + ":"
              + f.line()
              + ":"
              + f.column()
              + " "
              + f.ruleId()
              + " "
              + TerminalText.escape(f.message());
      switch (f.severity()) {
        case ERROR -> log.error(line);
        case WARNING -> log.warn(line);
        case INFO -> log.info(line);
      }
    }
    for (String stackTrace : result.stackTraces()) {
      stackTrace.lines().map(TerminalText::escape).forEach(log::debug);
    }
    log.info(TextReporter.summary(result));
    result
        .remote()
        .ifPresent(
            remote ->
                log.info(
                    remote.describe(
                        "set the allowPrivate parameter or -Dqbanklint.allowPrivate=true")));
  }
}
