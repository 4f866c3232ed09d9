package io.github.qbanklint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.engine.LintResult;
import java.io.IOException;
import java.io.Writer;

/**
 * The stable machine-readable format: {@code tool}, {@code files}, {@code findings} (rule,
 * severity, path, line, column, endLine, endColumn, message) and {@code summary}.
 */
public final class JsonReporter implements Reporter {
  @Override
  public String format() {
    return "json";
  }

  @Override
  public String defaultFileName() {
    return "qbank-lint.json";
  }

  @Override
  public void write(LintResult result, ReportContext context, Writer out) throws IOException {
    try (JsonGenerator g = JsonDocuments.open(out)) {
      g.writeStartObject();
      JsonDocuments.writeTool(g);
      g.writeNumberField("files", result.files().size());
      g.writeArrayFieldStart("findings");
      // Findings come sorted by path: each file's display path is worked out once.
      String path = null;
      String shown = null;
      for (Finding f : result.findings()) {
        if (!f.path().equals(path)) {
          path = f.path();
          shown = context.displayPath(result.root(), path);
        }
        g.writeStartObject();
        g.writeStringField("rule", f.ruleId());
        g.writeStringField("severity", f.severity().id());
        g.writeStringField("path", shown);
        g.writeNumberField("line", f.line());
        g.writeNumberField("column", f.column());
        g.writeNumberField("endLine", f.endLine());
        g.writeNumberField("endColumn", f.endColumn());
        g.writeStringField("message", f.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("errors", result.count(Severity.ERROR));
      g.writeNumberField("warnings", result.count(Severity.WARNING));
      g.writeNumberField("infos", result.count(Severity.INFO));
      g.writeNumberField("questions", result.questions());
      g.writeNumberField("answered", result.answered());
      g.writeNumberField("filesWithoutQuestions", result.filesWithoutQuestions());
      g.writeNumberField("inputErrors", result.inputErrors().size());
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
  }
}
