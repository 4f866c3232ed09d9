package io.github.qbanklint.core.report;

import com.google.common.base.Suppliers;
import io.github.qbanklint.core.Version;
import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.engine.CachedText;
import io.github.qbanklint.core.engine.FindingSink;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.engine.PathFindings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
  private interface Slice {
    String path();

    int size();

    void writeTo(FindingSink sink);
  }

  /** All of a path's findings, a cached file's with their messages as the cache stored them. */
  private record WholePath(PathFindings findings) implements Slice {
    @Override
    public String path() {
      return findings.path();
    }

    @Override
    public int size() {
      return findings.size();
    }

    @Override
    public void writeTo(FindingSink sink) {
      findings.forEach(sink);
    }
  }

  /** Findings {@code from} to {@code to} of a large path's, listed once for all its parts. */
  private record Part(String path, Supplier<List<Finding>> findings, int from, int to)
      implements Slice {
    @Override
    public int size() {
      return to - from;
    }

    @Override
    public void writeTo(FindingSink sink) {
      findings.get().subList(from, to).forEach(sink::finding);
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
          chunk.add(new WholePath(path));
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
              List.of(new Part(path.path(), once, from, Math.min(from + CHUNK, path.size()))));
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
    int size = chunk.stream().mapToInt(Slice::size).sum();
    ElementWriter elements = new ElementWriter(new JsonBytes(size * 600), first, nl);
    for (Slice slice : chunk) {
      elements.path = JsonBytes.quoted(context.displayPath(result.root(), slice.path()));
      slice.writeTo(elements);
    }
    return elements.end();
  }

  /**
   * Writes findings of one path after another as array elements. The text between the values, the
   * rule ids and the path are encoded once, not per finding; a cached message is copied as its
   * cache entry stored it.
   */
  private static final class ElementWriter implements FindingSink {
    private final JsonBytes text;
    private final byte[] severityName;
    private final byte[] pathName;
    private final byte[] lineName;
    private final byte[] columnName;
    private final byte[] endLineName;
    private final byte[] endColumnName;
    private final byte[] messageName;
    private final byte[] rule;
    private final byte[] endAndRule;
    private final byte[] end;
    private final Map<String, byte[]> ruleIds = new HashMap<>();
    // A message shared by many findings (a question asked in many files names the same first few
    // of them in each) is encoded once: later ones copy where it was written.
    private final Map<String, int[]> written = new IdentityHashMap<>();
    private boolean started;

    /** The path of the findings written next, quoted. */
    private byte[] path;

    ElementWriter(JsonBytes text, boolean first, String nl) {
      this.text = text;
      String next = "," + nl;
      severityName = ascii(next + member("severity"));
      pathName = ascii(next + member("path"));
      lineName = ascii(next + member("line"));
      columnName = ascii(next + member("column"));
      endLineName = ascii(next + member("endLine"));
      endColumnName = ascii(next + member("endColumn"));
      messageName = ascii(next + member("message"));
      String firstRule = "{" + nl + member("rule");
      rule = ascii(first ? firstRule : ", " + firstRule);
      endAndRule = ascii(nl + "  }, " + firstRule);
      end = ascii(nl + "  }");
    }

    @Override
    public void finding(Finding f) {
      fields(f.ruleId(), f.severity(), f.line(), f.column(), f.endLine(), f.endColumn());
      int[] at = written.get(f.message());
      if (at != null) {
        text.again(at[0], at[1]);
      } else {
        int from = text.size();
        text.string(f.message());
        written.put(f.message(), new int[] {from, text.size()});
      }
    }

    @Override
    public void cached(
        String ruleId,
        Severity severity,
        int line,
        int column,
        int endLine,
        int endColumn,
        byte[] message,
        int from,
        int to) {
      fields(ruleId, severity, line, column, endLine, endColumn);
      if (!text.stored(message, from, to)) {
        text.string(CachedText.decode(message, from, to));
      }
    }

    /** A finding's members up to its message's value. */
    private void fields(
        String ruleId, Severity severity, int line, int column, int endLine, int endColumn) {
      text.raw(started ? endAndRule : rule);
      started = true;
      byte[] id = ruleIds.get(ruleId);
      if (id == null) {
        id = JsonBytes.quoted(ruleId);
        ruleIds.put(ruleId, id);
      }
      text.raw(id).raw(severityName).raw(SEVERITIES[severity.ordinal()]);
      text.raw(pathName).raw(path);
      text.raw(lineName).number(line).raw(columnName).number(column);
      text.raw(endLineName).number(endLine).raw(endColumnName).number(endColumn);
      text.raw(messageName);
    }

    JsonBytes end() {
      return started ? text.raw(end) : text;
    }
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
