package io.github.qbanklint.maven;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.ReportContext;
import io.github.qbanklint.core.report.TextReporter;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints findings through Maven's log, one per line as {@code path:line:column rule-id message} at
 * the level of their severity, so IDEs and CI consoles link them; then the summary line.
 */
final class FindingLog {
  private FindingLog() {}

  static void print(LintResult result, ReportContext context, Log log) {
    for (String inputError : result.inputErrors()) {
      log.error(inputError);
    }
    for (Finding f : result.findings()) {
      String line =
          context.displayPath(result.root(), f.path())
              + ":"
              + f.line()
              + ":"
              + f.column()
              + " "
              + f.ruleId()
              + " "
              + f.message();
      switch (f.severity()) {
        case ERROR -> log.error(line);
        case WARNING -> log.warn(line);
        case INFO -> log.info(line);
      }
    }
    for (String stackTrace : result.stackTraces()) {
      log.debug(stackTrace);
    }
    log.info(TextReporter.summary(result));
  }
}
