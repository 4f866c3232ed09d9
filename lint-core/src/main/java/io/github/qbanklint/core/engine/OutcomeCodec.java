package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.api.DocumentSummary;
import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.bank.BankModel;
import io.github.qbanklint.core.bank.QuestionShape;
import io.github.qbanklint.core.document.LinkRef;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A checked document's outcome as cache bytes and back: its findings (a check run holds no fixes),
 * summary, suppressions and counts, in the {@link CompactOutput} encoding (each rule id, path and
 * repeated message stored once, positions as varints), deflated. Only complete outcomes are stored:
 * one with a rule failure is checked again, so {@code --verbose} still has the stack trace.
 */
final class OutcomeCodec {
  /** The bound on one decoded payload; {@link ResultCache} keeps none over 1 MiB deflated. */
  private static final int MAX_DECODED = 256 * 1024 * 1024;

  private OutcomeCodec() {}

  /** The bytes of {@code outcome}, or empty when it is not a complete check of a document. */
  static Optional<byte[]> encode(FileOutcome outcome) {
    if (!outcome.stackTraces().isEmpty()
        || outcome.summary().isEmpty()
        || outcome.suppressions().isEmpty()
        || outcome.stats().isEmpty()
        || outcome.findings().stream().anyMatch(f -> f.fix().isPresent())) {
      return Optional.empty();
    }
    CompactOutput out = new CompactOutput();
    // The summary first: messages often quote its headings, which deflate then finds nearby. The
    // findings last, so that a run not reporting this file stops reading before them.
    writeSummary(out, outcome.summary().get());
    List<Suppressions.Range> ranges = outcome.suppressions().get().ranges();
    out.writeInt(ranges.size());
    for (Suppressions.Range r : ranges) {
      out.writeString(r.rule());
      out.writeInt(r.fromLine());
      out.writeInt(r.toLine());
    }
    FileStats stats = outcome.stats().get();
    out.writeString(stats.path());
    out.writeInt(stats.questions());
    out.writeInt(stats.answered());
    out.writeInt(outcome.findings().size());
    int previous = 0;
    for (Finding f : outcome.findings()) {
      out.writeString(f.ruleId());
      out.writeString(f.severity().name());
      out.writeString(f.path());
      writePosition(out, previous, f.line(), f.column(), f.endLine(), f.endColumn());
      out.writeString(f.message());
      previous = f.line();
    }
    return Optional.of(deflate(out.toByteArray()));
  }

  /**
   * The outcome {@link #encode} stored, for the document at {@code path}; without its findings
   * unless {@code withFindings} (a run that does not report the file needs only the rest).
   */
  static FileOutcome decode(String path, byte[] bytes, boolean withFindings) throws IOException {
    CompactInput in = new CompactInput(inflate(bytes));
    DocumentSummary summary = readSummary(in);
    if (!summary.path().equals(path)) {
      throw new IOException("the entry is for " + summary.path());
    }
    int rangeCount = in.readCount();
    List<Suppressions.Range> ranges = new ArrayList<>(rangeCount);
    for (int i = 0; i < rangeCount; i++) {
      ranges.add(new Suppressions.Range(in.readString(), in.readInt(), in.readInt()));
    }
    FileStats stats = new FileStats(in.readString(), in.readInt(), in.readInt());
    List<Finding> findings = withFindings ? readFindings(in) : List.of();
    if (withFindings && !in.atEnd()) {
      throw new IOException("data after the outcome");
    }
    return FileOutcome.checked(path, findings, summary, Suppressions.of(ranges), stats, List.of());
  }

  private static List<Finding> readFindings(CompactInput in) throws IOException {
    int count = in.readCount();
    List<Finding> findings = new ArrayList<>(count);
    int line = 0;
    for (int i = 0; i < count; i++) {
      String rule = in.readString();
      Severity severity = in.readEnum(Severity.class);
      String findingPath = in.readString();
      line = in.readDelta(line);
      int column = in.readInt();
      int endLine = line + in.readInt();
      int endColumn = in.readInt();
      findings.add(
          new Finding(
              rule,
              severity,
              findingPath,
              line,
              column,
              endLine,
              endColumn,
              in.readString(),
              Optional.empty()));
    }
    return findings;
  }

  /**
   * A span as its line after the {@code previous} one, its column, the lines it covers and its end
   * column: most spans are one line, and lists of them go down the document.
   */
  private static void writePosition(
      CompactOutput out, int previous, int line, int column, int endLine, int endColumn) {
    out.writeDelta(line, previous);
    out.writeInt(column);
    out.writeInt(endLine - line);
    out.writeInt(endColumn);
  }

  private static void writeSummary(CompactOutput out, DocumentSummary summary) {
    out.writeString(summary.path());
    out.writeInt(summary.anchors().size());
    summary.anchors().forEach(out::writeString);
    out.writeInt(summary.links().size());
    int previous = 0;
    for (DocumentSummary.LocatedLink link : summary.links()) {
      out.writeString(link.kind().name());
      out.writeString(link.destination());
      writePosition(out, previous, link.line(), link.column(), link.endLine(), link.endColumn());
      previous = link.line();
    }
    out.writeInt(summary.questions().size());
    previous = 0;
    for (DocumentSummary.QuestionFact q : summary.questions()) {
      out.writeString(q.title());
      out.writeString(q.section());
      writePosition(out, previous, q.line(), q.column(), q.endLine(), q.endColumn());
      out.writeBoolean(q.answered());
      out.writeString(q.shape().name());
      previous = q.line();
    }
    Optional<BankModel.UnrecognisedBank> unrecognised = summary.unrecognisedBank();
    out.writeBoolean(unrecognised.isPresent());
    unrecognised.ifPresent(
        u -> {
          out.writeInt(u.line());
          out.writeString(u.closestShape().name());
          out.writeString(u.evidence());
          out.writeString(u.hint());
        });
  }

  private static DocumentSummary readSummary(CompactInput in) throws IOException {
    String path = in.readString();
    int anchorCount = in.readCount();
    List<String> anchors = new ArrayList<>(anchorCount);
    for (int i = 0; i < anchorCount; i++) {
      anchors.add(in.readString());
    }
    int linkCount = in.readCount();
    List<DocumentSummary.LocatedLink> links = new ArrayList<>(linkCount);
    int line = 0;
    for (int i = 0; i < linkCount; i++) {
      LinkRef.Kind kind = in.readEnum(LinkRef.Kind.class);
      String destination = in.readString();
      line = in.readDelta(line);
      int column = in.readInt();
      links.add(
          new DocumentSummary.LocatedLink(
              kind, destination, line, column, line + in.readInt(), in.readInt()));
    }
    int questionCount = in.readCount();
    List<DocumentSummary.QuestionFact> questions = new ArrayList<>(questionCount);
    line = 0;
    for (int i = 0; i < questionCount; i++) {
      String title = in.readString();
      String section = in.readString();
      line = in.readDelta(line);
      int column = in.readInt();
      int endLine = line + in.readInt();
      int endColumn = in.readInt();
      questions.add(
          new DocumentSummary.QuestionFact(
              title,
              section,
              line,
              column,
              endLine,
              endColumn,
              in.readBoolean(),
              in.readEnum(QuestionShape.class)));
    }
    Optional<BankModel.UnrecognisedBank> unrecognised =
        in.readBoolean()
            ? Optional.of(
                new BankModel.UnrecognisedBank(
                    in.readInt(),
                    in.readEnum(QuestionShape.class),
                    in.readString(),
                    in.readString()))
            : Optional.empty();
    return new DocumentSummary(path, new HashSet<>(anchors), links, questions, unrecognised);
  }

  /** The length of {@code raw} (four bytes), then {@code raw} deflated. */
  private static byte[] deflate(byte[] raw) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    try {
      deflater.setInput(raw);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
      new DataOutputStream(out).writeInt(raw.length);
      byte[] buffer = new byte[16384];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not from a byte array
    } finally {
      deflater.end();
    }
  }

  /** What {@link #deflate} was given: inflated in one piece, into an array of its length. */
  private static byte[] inflate(byte[] payload) throws IOException {
    if (payload.length < Integer.BYTES) {
      throw new EOFException();
    }
    int length = ByteBuffer.wrap(payload).getInt();
    if (length < 0 || length > MAX_DECODED) {
      throw new IOException("bad length");
    }
    byte[] raw = new byte[length];
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(payload, Integer.BYTES, payload.length - Integer.BYTES);
      int filled = 0;
      while (filled < length) {
        int n = inflater.inflate(raw, filled, length - filled);
        if (n == 0
            && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
          throw new EOFException();
        }
        filled += n;
      }
      if (inflater.inflate(new byte[1]) != 0 || !inflater.finished()) {
        throw new IOException("longer than its length");
      }
      return raw;
    } catch (DataFormatException e) {
      throw new IOException(e);
    } finally {
      inflater.end();
    }
  }
}
