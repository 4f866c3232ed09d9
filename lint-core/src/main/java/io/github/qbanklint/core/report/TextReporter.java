package io.github.qbanklint.core.report;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.engine.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/**
 * Human-readable output: findings grouped by file, each as a line {@code path:line:column severity
 * rule-id message} followed by a code frame (the source line and a caret under the column), then a
 * summary line. Colours only when the context allows them.
 */
public final class TextReporter implements Reporter {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";

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
    String nl = System.lineSeparator();
    SourceLines sources = new SourceLines(result.root());
    String previousPath = null;
    for (Finding f : result.findings()) {
      String path = context.displayPath(result.root(), f.path());
      if (previousPath != null && !previousPath.equals(path)) {
        out.write(nl);
      }
      previousPath = path;
      out.write(
          paint(context, BOLD, path + ":" + f.line() + ":" + f.column())
              + "  "
              + paint(context, colour(f.severity()), f.severity().id())
              + "  "
              + paint(context, DIM, f.ruleId())
              + "  "
              + f.message()
              + nl);
      Optional<String> source = sources.line(f.path(), f.line());
      if (source.isPresent()) {
        int end = f.endLine() == f.line() ? f.endColumn() : Integer.MAX_VALUE;
        String[] frame = CodeFrame.lines(source.get(), f.column(), end);
        String number = String.valueOf(f.line());
        String gutter = " ".repeat(number.length());
        out.write(paint(context, DIM, "  " + number + " | ") + frame[0] + nl);
        out.write(
            paint(context, DIM, "  " + gutter + " | ")
                + paint(context, colour(f.severity()), frame[1])
                + nl);
      }
    }
    if (!result.findings().isEmpty()) {
      out.write(nl);
    }
    out.write(summary(result) + nl);
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

  static String colour(Severity severity) {
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
