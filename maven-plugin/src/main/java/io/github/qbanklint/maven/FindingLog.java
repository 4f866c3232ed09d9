package io.github.qbanklint.maven;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.ReportContext;
import io.github.qbanklint.core.report.TerminalText;
import io.github.qbanklint.core.report.TextReporter;
import java.util.Optional;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints findings through Maven's log, one per line as {@code path:line:column rule-id message}, so
 * IDEs and CI consoles link them; then the summary line. Only a finding that fails the build is
 * logged at ERROR, so a passing build shows no {@code [ERROR]}: an error that does not (below
 * {@code failOn}, or found by a goal that never fails on findings) is a WARNING. Where the log
 * level differs from the severity, the line names the severity after the position. Paths and
 * messages show controls as escapes ({@link TerminalText}), so a file name or heading cannot split
 * a line or drive the console. A run that checked remote links ends with what it did not check.
 */
final class FindingLog {
  private FindingLog() {}

  /**
   * @param failingFrom the least severe finding that fails the build; empty when none does
   */
  static void print(
      LintResult result, ReportContext context, Log log, Optional<Severity> failingFrom) {
    for (String inputError : result.inputErrors()) {
      log.error(TerminalText.escape(inputError));
    }
    for (Finding f : result.findings()) {
      String where =
          TerminalText.escape(context.displayPath(result.root(), f.path()))
              + ":"
              + f.line()
              + ":"
              + f.column()
              + " ";
      boolean fails = failingFrom.map(f.severity()::isAtLeast).orElse(false);
      Severity level =
          fails ? Severity.ERROR : f.severity() == Severity.ERROR ? Severity.WARNING : f.severity();
      String line =
          where
              + (level == f.severity() ? "" : f.severity().id() + " ")
              + f.ruleId()
              + " "
              + TerminalText.escape(f.message());
      switch (level) {
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
