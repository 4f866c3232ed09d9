package io.github.qbanklint.core.report;

import com.google.common.base.Suppliers;
import io.github.qbanklint.core.Version;
import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.engine.PathFindings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The stable machine-readable format: {@code tool}, {@code files}, {@code findings} (rule,
 * severity, path, line, column, endLine, endColumn, message) and {@code summary}, laid out and
 * escaped as {@link JsonDocuments}' pretty printer does.
 */
public final class JsonReporter implements Reporter {
  private static final int CHUNK = 1024;
  private static final int CHUNKS_AT_ONCE = 8;
  private static final byte[][] SEVERITIES =
      Arrays.stream(Severity.values()).map(s -> JsonBytes.quoted(s.id())).toArray(byte[][]::new);

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
    write(
        result,
        context,
        (part, length) -> out.write(new String(part, 0, length, StandardCharsets.UTF_8)));
  }

  /** The same report, built as UTF-8 on the cores that format it. */
  @Override
  public void write(LintResult result, ReportContext context, OutputStream out) throws IOException {
    write(result, context, (part, length) -> out.write(part, 0, length));
  }

  /**
   * A report of tens of thousands of findings is most of a run's serial tail: its findings are
   * formatted in chunks of whole paths on every core, a few chunks at a time, and written in order,
   * so memory holds a few chunks' findings and bytes, never the whole report (a warm run's findings
   * are decoded only here, chunk by chunk; see {@link PathFindings}).
   */
  private static void write(LintResult result, ReportContext context, JsonBytes.Target out)
      throws IOException {
    String nl = System.lineSeparator();
    JsonBytes head = new JsonBytes(256);
    head.ascii("{" + nl + "  \"tool\" : {" + nl);
    string(head, "name", "qbank-lint", "," + nl);
    string(head, "version", Version.current(), nl);
    head.ascii("  }," + nl).ascii("  \"files\" : ").number(result.files().size());
    head.ascii("," + nl + "  \"findings\" : [ ");
    head.writeTo(out);
    List<List<Slice>> chunks = chunks(result.findingsByPath());
    for (int from = 0; from < chunks.size(); from += CHUNKS_AT_ONCE) {
      List<JsonBytes> parts =
          IntStream.range(from, Math.min(from + CHUNKS_AT_ONCE, chunks.size()))
              .parallel()
              .mapToObj(c -> findings(chunks.get(c), c == 0, result, context, nl))
              .toList();
      for (int c = from; c < from + parts.size(); c++) {
        chunks.set(c, null); // a large path's findings, listed once for its parts, can go
      }
      for (JsonBytes part : parts) {
        part.writeTo(out);
      }
    }
    JsonBytes tail = new JsonBytes(512);
    tail.ascii(result.findingCount() == 0 ? "]," : " ],").ascii(nl + "  \"summary\" : {" + nl);
    String comma = "," + nl;
    number(tail, "errors", result.count(Severity.ERROR), comma);
    number(tail, "warnings", result.count(Severity.WARNING), comma);
    number(tail, "infos", result.count(Severity.INFO), comma);
    number(tail, "questions", result.questions(), comma);
    number(tail, "answered", result.answered(), comma);
    number(tail, "filesWithoutQuestions", result.filesWithoutQuestions(), comma);
    number(tail, "inputErrors", result.inputErrors().size(), nl);
    tail.ascii("  }" + nl + "}" + nl);
    tail.writeTo(out);
  }

  /** Findings of one path to format together: all of them, or a part of a large path's. */
  private record Slice(String path, Supplier<List<Finding>> findings, int from, int to) {
    List<Finding> list() {
      return findings.get().subList(from, to);
    }
  }

  /**
   * Consecutive paths' findings, about {@link #CHUNK} together; a path with more is split into
   * parts of {@link #CHUNK}, which list its findings once between them.
   */
  private static List<List<Slice>> chunks(List<PathFindings> byPath) {
    List<List<Slice>> chunks = new ArrayList<>();
    List<Slice> chunk = new ArrayList<>();
    int size = 0;
    for (PathFindings path : byPath) {
      if (path.size() <= CHUNK) {
        if (path.size() > 0) {
          chunk.add(new Slice(path.path(), path::list, 0, path.size()));
          size += path.size();
        }
      } else {
        if (!chunk.isEmpty()) {
          chunks.add(chunk);
          chunk = new ArrayList<>();
          size = 0;
        }
        Supplier<List<Finding>> once = Suppliers.memoize(path::list);
        for (int from = 0; from < path.size(); from += CHUNK) {
          chunks.add(
              List.of(new Slice(path.path(), once, from, Math.min(from + CHUNK, path.size()))));
        }
      }
      if (size >= CHUNK) {
        chunks.add(chunk);
        chunk = new ArrayList<>();
        size = 0;
      }
    }
    if (!chunk.isEmpty()) {
      chunks.add(chunk);
    }
    return chunks;
  }

  /** The findings of consecutive paths as array elements, the report's first without a comma. */
  private static JsonBytes findings(
      List<Slice> chunk, boolean first, LintResult result, ReportContext context, String nl) {
    int size = chunk.stream().mapToInt(slice -> slice.to() - slice.from()).sum();
    JsonBytes text = new JsonBytes(size * 600);
    String next = "," + nl;
    // The text between the values, the rule ids and the path are encoded once, not per finding.
    byte[] severity = ascii(next + member("severity"));
    byte[] shownPath = ascii(next + member("path"));
    byte[] line = ascii(next + member("line"));
    byte[] column = ascii(next + member("column"));
    byte[] endLine = ascii(next + member("endLine"));
    byte[] endColumn = ascii(next + member("endColumn"));
    byte[] message = ascii(next + member("message"));
    String firstRule = "{" + nl + member("rule");
    byte[] rule = ascii(first ? firstRule : ", " + firstRule);
    byte[] endAndRule = ascii(nl + "  }, " + firstRule);
    byte[] end = ascii(nl + "  }");
    Map<String, byte[]> ruleIds = new HashMap<>();
    boolean started = false;
    for (Slice slice : chunk) {
      byte[] shown = JsonBytes.quoted(context.displayPath(result.root(), slice.path()));
      for (Finding f : slice.list()) {
        text.raw(started ? endAndRule : rule);
        started = true;
        byte[] id = ruleIds.get(f.ruleId());
        if (id == null) {
          id = JsonBytes.quoted(f.ruleId());
          ruleIds.put(f.ruleId(), id);
        }
        text.raw(id).raw(severity).raw(SEVERITIES[f.severity().ordinal()]);
        text.raw(shownPath).raw(shown);
        text.raw(line).number(f.line()).raw(column).number(f.column());
        text.raw(endLine).number(f.endLine()).raw(endColumn).number(f.endColumn());
        text.raw(message).string(f.message());
      }
    }
    return started ? text.raw(end) : text;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** {@code "name" : } in an object nested one level. */
  private static String member(String name) {
    return "    \"" + name + "\" : ";
  }

  /** A member of an object nested one level: {@code "name" : "value"} and {@code end}. */
  private static void string(JsonBytes out, String name, String value, String end) {
    out.ascii(member(name)).string(value).ascii(end);
  }

  private static void number(JsonBytes out, String name, long value, String end) {
    out.ascii(member(name)).number(value).ascii(end);
  }
}
