package io.github.qbanklint.core.report;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.engine.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle XML, for Jenkins warnings-ng and reviewdog: a {@code file} per checked file, an {@code
 * error} per finding with its line, column, severity, message and the rule id as source.
 */
public final class CheckstyleReporter implements Reporter {

  @Override
  public String format() {
    return "checkstyle";
  }

  @Override
  public String defaultFileName() {
    return "qbank-lint-checkstyle.xml";
  }

  @Override
  public void write(LintResult result, ReportContext context, Writer out) throws IOException {
    try (XmlOutput xml = new XmlOutput(out)) {
      xml.start("checkstyle").attribute("version", "8.0");
      for (Map.Entry<String, List<Finding>> file : ReportFiles.byPath(result).entrySet()) {
        xml.start("file").attribute("name", context.displayPath(result.root(), file.getKey()));
        for (Finding f : file.getValue()) {
          xml.start("error")
              .attribute("line", f.line())
              .attribute("column", f.column())
              .attribute("severity", f.severity().id())
              .attribute("message", f.message())
              .attribute("source", f.ruleId())
              .end();
        }
        xml.end();
      }
      xml.end();
    }
  }
}
