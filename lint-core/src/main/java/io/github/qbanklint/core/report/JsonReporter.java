package io.github.qbanklint.core.report;

import io.github.qbanklint.core.Version;
import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.engine.LintResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The stable machine-readable format: {@code tool}, {@code files}, {@code findings} (rule,
 * severity, path, line, column, endLine, endColumn, message) and {@code summary}, laid out and
 * escaped as {@link JsonDocuments}' pretty printer does.
 */
public final class JsonReporter implements Reporter {
  private static final int CHUNK = 1024;
  private static final int CHUNKS_AT_ONCE = 8;

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
    write(result, context, Function.identity(), out::write);
  }

  /** The same report, encoded to UTF-8 on the cores that format it. */
  @Override
  public void write(LintResult result, ReportContext context, OutputStream out) throws IOException {
    write(result, context, text -> text.getBytes(StandardCharsets.UTF_8), out::write);
  }

  /** Something that takes the report's text in order, as strings or bytes. */
  private interface Sink<T> {
    void write(T part) throws IOException;
  }

  /**
   * A report of tens of thousands of findings is most of a run's serial tail: its findings are
   * formatted in chunks on every core, a few chunks at a time, and written in order, so memory
   * holds a few chunks' text, never the whole report.
   */
  private static <T> void write(
      LintResult result, ReportContext context, Function<String, T> encode, Sink<T> out)
      throws IOException {
    String nl = System.lineSeparator();
    StringBuilder head = new StringBuilder();
    head.append('{').append(nl).append("  \"tool\" : {").append(nl);
    string(head, "name", "qbank-lint", "," + nl);
    string(head, "version", Version.current(), nl);
    head.append("  },").append(nl);
    head.append("  \"files\" : ").append(result.files().size()).append(',').append(nl);
    head.append("  \"findings\" : [ ");
    out.write(encode.apply(head.toString()));
    List<Finding> findings = result.findings();
    int step = CHUNK * CHUNKS_AT_ONCE;
    for (int from = 0; from < findings.size(); from += step) {
      int window = from;
      List<T> texts =
          IntStream.range(0, (Math.min(step, findings.size() - from) + CHUNK - 1) / CHUNK)
              .parallel()
              .mapToObj(
                  c -> {
                    int start = window + c * CHUNK;
                    int end = Math.min(start + CHUNK, findings.size());
                    return encode.apply(
                        findings(findings.subList(start, end), start == 0, result, context, nl));
                  })
              .toList();
      for (T text : texts) {
        out.write(text);
      }
    }
    StringBuilder tail = new StringBuilder(findings.isEmpty() ? "]," : " ],").append(nl);
    tail.append("  \"summary\" : {").append(nl);
    String comma = "," + nl;
    number(tail, "errors", result.count(Severity.ERROR), comma);
    number(tail, "warnings", result.count(Severity.WARNING), comma);
    number(tail, "infos", result.count(Severity.INFO), comma);
    number(tail, "questions", result.questions(), comma);
    number(tail, "answered", result.answered(), comma);
    number(tail, "filesWithoutQuestions", result.filesWithoutQuestions(), comma);
    number(tail, "inputErrors", result.inputErrors().size(), nl);
    tail.append("  }").append(nl).append('}').append(nl);
    out.write(encode.apply(tail.toString()));
  }

  /** Consecutive findings as array elements, the first of the report without a comma before it. */
  private static String findings(
      List<Finding> chunk, boolean first, LintResult result, ReportContext context, String nl) {
    StringBuilder text = new StringBuilder(chunk.size() * 400);
    // Findings come sorted by path: each file's display path is worked out once per chunk.
    String path = null;
    String shown = null;
    boolean comma = !first;
    String next = "," + nl;
    for (Finding f : chunk) {
      if (!f.path().equals(path)) {
        path = f.path();
        shown = context.displayPath(result.root(), path);
      }
      text.append(comma ? ", {" : "{").append(nl);
      comma = true;
      string(text, "rule", f.ruleId(), next);
      string(text, "severity", f.severity().id(), next);
      string(text, "path", shown, next);
      number(text, "line", f.line(), next);
      number(text, "column", f.column(), next);
      number(text, "endLine", f.endLine(), next);
      number(text, "endColumn", f.endColumn(), next);
      string(text, "message", f.message(), nl);
      text.append("  }");
    }
    return text.toString();
  }

  /** A member of an object nested one level: {@code "name" : "value"} and {@code end}. */
  private static void string(StringBuilder out, String name, String value, String end) {
    out.append("    \"").append(name).append("\" : ");
    JsonText.appendString(out, value);
    out.append(end);
  }

  private static void number(StringBuilder out, String name, long value, String end) {
    out.append("    \"").append(name).append("\" : ").append(value).append(end);
  }
}
