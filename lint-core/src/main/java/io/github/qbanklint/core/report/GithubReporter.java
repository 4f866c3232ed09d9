package io.github.qbanklint.core.report;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.engine.LintResult;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…::message}) that GitHub turns
 * into annotations on the changed files, then the summary line. Values are escaped as GitHub's
 * runner expects: {@code %}, CR and LF everywhere, and {@code :} and {@code ,} in properties. The
 * runner has no escape for other controls and would put them in the log as they are, so they are
 * shown as {@link TerminalText} shows them.
 */
public final class GithubReporter implements Reporter {

  @Override
  public String format() {
    return "github";
  }

  @Override
  public String defaultFileName() {
    return "qbank-lint-github.txt";
  }

  @Override
  public void write(LintResult result, ReportContext context, Writer out) throws IOException {
    String nl = System.lineSeparator();
    for (Finding f : result.findings()) {
      StringBuilder line = new StringBuilder("::").append(command(f.severity()));
      line.append(" file=").append(property(context.displayPath(result.root(), f.path())));
      line.append(",line=").append(f.line());
      line.append(",col=").append(f.column());
      line.append(",endLine=").append(f.endLine());
      if (f.endLine() == f.line()) {
        line.append(",endColumn=").append(f.endColumn());
      }
      line.append(",title=").append(property(f.ruleId()));
      line.append("::").append(data(f.message()));
      out.write(line + nl);
    }
    out.write(TextReporter.summary(result) + nl);
  }

  static String command(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  static String data(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        out.append("%25");
      } else if (c == '\r') {
        out.append("%0D");
      } else if (c == '\n') {
        out.append("%0A");
      } else if (TerminalText.isControl(c)) {
        out.append(TerminalText.escapeOf(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
