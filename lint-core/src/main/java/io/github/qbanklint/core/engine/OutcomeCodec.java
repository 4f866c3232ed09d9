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
    // findings in a section of their own, so that a run not reporting this file neither inflates
    // nor reads them.
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
    CompactOutput findings = out.next();
    findings.writeInt(outcome.findings().size());
    int previous = 0;
    for (Finding f : outcome.findings()) {
      findings.writeString(f.ruleId());
      findings.writeString(f.severity().name());
      findings.writeString(f.path());
      writePosition(findings, previous, f.line(), f.column(), f.endLine(), f.endColumn());
      findings.writeString(f.message());
      previous = f.line();
    }
    return Optional.of(deflate(out.toByteArray(), findings.toByteArray()));
  }

  /**
   * The outcome {@link #encode} stored, for the document at {@code path}; without its findings
   * unless {@code withFindings} (a run that does not report the file needs only the rest).
   */
  static FileOutcome decode(String path, byte[] bytes, boolean withFindings) throws IOException {
    Header header = Header.of(bytes);
    byte[] raw = inflate(bytes, withFindings ? header.length() : header.firstSection(), header);
    CompactInput in = new CompactInput(raw, 0, header.firstSection());
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
    List<Finding> findings = List.of();
    if (withFindings) {
      CompactInput rest = in.next(raw.length);
      findings = readFindings(rest);
      if (!rest.atEnd()) {
        throw new IOException("data after the outcome");
      }
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

  /**
   * The lengths of the two sections together and of the first (four bytes each), then the two
   * deflated as one stream.
   */
  private static byte[] deflate(byte[] first, byte[] second) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    try {
      ByteArrayOutputStream out =
          new ByteArrayOutputStream((first.length + second.length) / 4 + 64);
      DataOutputStream header = new DataOutputStream(out);
      header.writeInt(first.length + second.length);
      header.writeInt(first.length);
      byte[] buffer = new byte[16384];
      deflater.setInput(first);
      while (!deflater.needsInput()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      deflater.setInput(second);
      deflater.finish();
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

  /** The lengths {@link #deflate} wrote, checked against the bound. */
  private record Header(int length, int firstSection) {
    static final int SIZE = 2 * Integer.BYTES;

    static Header of(byte[] payload) throws IOException {
      if (payload.length < SIZE) {
        throw new EOFException();
      }
      ByteBuffer buffer = ByteBuffer.wrap(payload);
      int length = buffer.getInt();
      int firstSection = buffer.getInt();
      if (length < 0 || length > MAX_DECODED || firstSection < 0 || firstSection > length) {
        throw new IOException("bad length");
      }
      return new Header(length, firstSection);
    }
  }

  /**
   * The first {@code wanted} bytes of what {@link #deflate} was given, into an array of that
   * length; when that is all of it, the stream must end there.
   */
  private static byte[] inflate(byte[] payload, int wanted, Header header) throws IOException {
    byte[] raw = new byte[wanted];
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(payload, Header.SIZE, payload.length - Header.SIZE);
      int filled = 0;
      while (filled < wanted) {
        int n = inflater.inflate(raw, filled, wanted - filled);
        if (n == 0
            && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
          throw new EOFException();
        }
        filled += n;
      }
      if (wanted == header.length()
          && (inflater.inflate(new byte[1]) != 0 || !inflater.finished())) {
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
