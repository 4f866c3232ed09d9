package io.github.qbanklint.core.report;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.engine.LintResult;
import java.io.IOException;
import java.io.Writer;

/**
 * Human-readable output: findings grouped by file, one per line as {@code path:line:column severity
 * rule-id message}, then a summary line.
 */
public final class TextReporter implements Reporter {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";

  @Override
  public String format() {
    return "text";
  }

  @Override
  public String defaultFileName() {
    return "qbank-lint.txt";
  }

  @Override
  public void write(LintResult result, ReportContext context, Writer out) throws IOException {
    String previousPath = null;
    for (Finding f : result.findings()) {
      String path = context.displayPath(result.root(), f.path());
      if (previousPath != null && !previousPath.equals(path)) {
        out.write(System.lineSeparator());
      }
      previousPath = path;
      out.write(
          paint(context, BOLD, path + ":" + f.line() + ":" + f.column())
              + "  "
              + paint(context, colour(f.severity()), f.severity().id())
              + "  "
              + f.ruleId()
              + "  "
              + f.message()
              + System.lineSeparator());
    }
    if (!result.findings().isEmpty()) {
      out.write(System.lineSeparator());
    }
    out.write(summary(result) + System.lineSeparator());
  }

  /** One line: files checked, findings by severity, questions answered of total. */
  public static String summary(LintResult result) {
    int files = result.files().size();
    return files
        + (files == 1 ? " file" : " files")
        + " checked: "
        + plural(result.count(Severity.ERROR), "error")
        + ", "
        + plural(result.count(Severity.WARNING), "warning")
        + ", "
        + result.count(Severity.INFO)
        + " info; "
        + result.answered()
        + "/"
        + result.questions()
        + " questions answered";
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String colour(Severity severity) {
    return switch (severity) {
      case ERROR -> "\u001b[31m";
      case WARNING -> "\u001b[33m";
      case INFO -> "\u001b[36m";
    };
  }

  private static String paint(ReportContext context, String code, String text) {
    return context.color() ? code + text + RESET : text;
  }
}
