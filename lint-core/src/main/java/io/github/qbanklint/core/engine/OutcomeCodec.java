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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A checked document's outcome as cache bytes and back: its findings (a check run holds no fixes,
 * and each finding is of the document's own path), summary, suppressions and counts, in the {@link
 * CompactOutput} encoding (each rule id and path stored once, messages as edits of their rule's
 * previous one ({@link MessageDeltas}), positions as varints), deflated. Only complete outcomes are
 * stored: one with a rule failure is checked again, so {@code --verbose} still has the stack trace.
 */
final class OutcomeCodec {
  /** The bound on one decoded payload; {@link ResultCache} keeps none over 1 MiB deflated. */
  private static final int MAX_DECODED = 256 * 1024 * 1024;

  private static final String DELETE_TO_CHECK_AGAIN =
      "delete the result cache, results.bin in qbank-lint's cache folder for this workspace, to"
          + " check the file again";

  private OutcomeCodec() {}

  /** The bytes of {@code outcome}, or empty when it is not a complete check of a document. */
  static Optional<byte[]> encode(FileOutcome outcome) {
    if (!outcome.stackTraces().isEmpty()
        || outcome.summary().isEmpty()
        || outcome.suppressions().isEmpty()
        || outcome.stats().isEmpty()
        || outcome.findings().hasInternalErrors()
        || outcome.findings().list().stream()
            .anyMatch(f -> f.fix().isPresent() || !f.path().equals(outcome.path()))) {
      return Optional.empty();
    }
    CompactOutput out = new CompactOutput();
    // The summary first: messages often quote its headings, which deflate then finds nearby. Its
    // links and its anchors in a section each, read only when a workspace rule asks for them; the
    // findings in a last one, so that a run not reporting this file neither inflates nor reads
    // them.
    DocumentSummary summary = outcome.summary().get();
    writeSummary(out, summary);
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
    // The counts by severity with the summary: a run learns its totals without the findings.
    for (Severity severity : Severity.values()) {
      out.writeInt(outcome.findings().count(severity));
    }
    CompactOutput links = new CompactOutput();
    writeLinks(links, summary.links());
    CompactOutput anchors = new CompactOutput();
    // Sorted, so that neighbours share prefixes for deflate (and the bytes do not follow the set's
    // order, which changes from run to run).
    writeStrings(anchors, summary.anchors().stream().sorted().toList());
    CompactOutput findings = out.next();
    int previous = 0;
    MessageDeltas messages = new MessageDeltas();
    for (Finding f : outcome.findings().list()) {
      findings.writeString(f.ruleId());
      findings.writeString(f.severity().name());
      writePosition(findings, previous, f.line(), f.column(), f.endLine(), f.endColumn());
      messages.write(findings, f.ruleId(), f.message());
      previous = f.line();
    }
    return Optional.of(
        deflate(
            out.toByteArray(), links.toByteArray(), anchors.toByteArray(), findings.toByteArray()));
  }

  /**
   * The outcome {@link #encode} stored, for the document at {@code path}; without its findings
   * unless {@code withFindings} (a run that does not report the file needs only the rest). The
   * findings are counted here but stay encoded until listed (see {@link PathFindings}), and so do
   * the anchors, and the links of a file the run does not report: the entry's MAC was verified and
   * all of it inflated here, so bytes that do not decode then are a bug, and say so.
   */
  static FileOutcome decode(String path, byte[] bytes, boolean withFindings) throws IOException {
    Header header = Header.of(bytes);
    byte[][] parts =
        withFindings
            ? inflate(bytes, header, header.anchorsEnd(), header.length() - header.anchorsEnd())
            : inflate(bytes, header, header.anchorsEnd());
    byte[] raw = parts[0];
    CompactInput in = new CompactInput(raw, 0, header.summaryEnd());
    DocumentSummary summary =
        readSummary(
            in,
            Arrays.copyOfRange(raw, header.summaryEnd(), header.linksEnd()),
            Arrays.copyOfRange(raw, header.linksEnd(), header.anchorsEnd()));
    if (!summary.path().equals(path)) {
      throw new IOException("the entry is for " + summary.path());
    }
    int rangeCount = in.readCount();
    List<Suppressions.Range> ranges = new ArrayList<>(rangeCount);
    for (int i = 0; i < rangeCount; i++) {
      ranges.add(new Suppressions.Range(in.readString(), in.readInt(), in.readInt()));
    }
    FileStats stats = new FileStats(in.readString(), in.readInt(), in.readInt());
    int[] bySeverity = new int[Severity.values().length];
    long total = 0;
    for (int i = 0; i < bySeverity.length; i++) {
      bySeverity[i] = in.readInt();
      if (bySeverity[i] < 0) {
        throw new IOException("a negative count");
      }
      total += bySeverity[i];
    }
    if (total > header.length() - header.anchorsEnd()) {
      throw new IOException("more findings than bytes"); // each takes several
    }
    List<String> strings = in.stringsAtEnd();
    PathFindings findings = PathFindings.none(path);
    if (withFindings) {
      // A reported file's links are read by the link rules: decoded here, in the worker, rather
      // than one by one in the workspace phase, and a failure is a corrupt entry (the file is
      // checked again).
      try {
        summary.links();
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      // The findings' section alone is kept: inflating the entry again when they are listed costs
      // more than the collector's copying of these bytes.
      byte[] section = parts[1];
      findings =
          PathFindings.encoded(
              path, bySeverity, () -> readFindings(path, bySeverity, strings, section));
    }
    return FileOutcome.checked(path, findings, summary, Suppressions.of(ranges), stats, List.of());
  }

  /** What {@link #encode} wrote of the findings: as many of each severity as were counted. */
  private static CachedFindings readFindings(
      String path, int[] bySeverity, List<String> strings, byte[] section) {
    try {
      CompactInput in = CompactInput.following(strings, section, 0, section.length);
      int[] counted = new int[bySeverity.length];
      int count = 0;
      for (int c : bySeverity) {
        count += c;
      }
      // The messages take about as many bytes as the section: most of it is their text.
      ByteColumn text = new ByteColumn(section.length + 64);
      CachedFindings findings = new CachedFindings(path, count, text);
      int line = 0;
      MessageDeltas messages = new MessageDeltas();
      for (int i = 0; i < count; i++) {
        String rule = in.readString();
        Severity severity = in.readEnum(Severity.class);
        counted[severity.ordinal()]++;
        line = in.readDelta(line);
        int column = in.readInt();
        int endLine = line + in.readInt();
        int endColumn = in.readInt();
        findings.add(
            rule, severity, line, column, endLine, endColumn, messages.read(in, rule, text));
      }
      if (!in.atEnd() || !Arrays.equals(counted, bySeverity)) {
        throw new IOException("not the findings counted");
      }
      return findings;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the cached findings of "
              + path
              + " do not decode (a bug: please report it); "
              + DELETE_TO_CHECK_AGAIN,
          e);
    }
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
    out.writeInt(summary.questions().size());
    int previous = 0;
    for (DocumentSummary.QuestionFact q : summary.questions()) {
      out.writeString(q.title());
      out.writeString(q.section());
      writePosition(out, previous, q.line(), q.column(), q.endLine(), q.endColumn());
      out.writeBoolean(q.answered());
      out.writeString(q.shape().name());
      out.writeString(q.promptKey());
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

  private static void writeLinks(CompactOutput out, List<DocumentSummary.LocatedLink> links) {
    out.writeInt(links.size());
    int previous = 0;
    for (DocumentSummary.LocatedLink link : links) {
      out.writeString(link.kind().name());
      out.writeString(link.destination());
      writePosition(out, previous, link.line(), link.column(), link.endLine(), link.endColumn());
      out.writeBoolean(link.namedAnchor().isPresent());
      link.namedAnchor().ifPresent(out::writeString);
      previous = link.line();
    }
  }

  private static void writeStrings(CompactOutput out, List<String> strings) {
    out.writeInt(strings.size());
    strings.forEach(out::writeString);
  }

  /** What {@link #writeLinks} wrote; see {@link #section} for a failure. */
  private static List<DocumentSummary.LocatedLink> readLinks(String path, byte[] bytes) {
    return section(
        "links",
        path,
        bytes,
        in -> {
          DocumentSummary.LocatedLink[] links = new DocumentSummary.LocatedLink[in.readCount()];
          int line = 0;
          for (int i = 0; i < links.length; i++) {
            LinkRef.Kind kind = in.readEnum(LinkRef.Kind.class);
            String destination = in.readString();
            line = in.readDelta(line);
            int column = in.readInt();
            int endLine = line + in.readInt();
            int endColumn = in.readInt();
            Optional<String> namedAnchor =
                in.readBoolean() ? Optional.of(in.readString()) : Optional.empty();
            links[i] =
                new DocumentSummary.LocatedLink(
                    kind, destination, line, column, endLine, endColumn, namedAnchor);
          }
          return List.of(links);
        });
  }

  /** The anchors {@link #encode} wrote, as a set. */
  private static Set<String> readAnchors(String path, byte[] bytes) {
    return section(
        "anchors",
        path,
        bytes,
        in -> {
          String[] anchors = new String[in.readCount()];
          for (int i = 0; i < anchors.length; i++) {
            anchors[i] = in.readString();
          }
          return distinct(anchors);
        });
  }

  /** Reads a section of the summary. */
  private interface SectionReader<T> {
    T read(CompactInput in) throws IOException;
  }

  /**
   * What {@code reader} reads from all of {@code bytes}. The entry's MAC was verified before any of
   * it is read, so bytes that do not decode here are a bug, and surface as the failure of the rule
   * that asked.
   */
  private static <T> T section(String what, String path, byte[] bytes, SectionReader<T> reader) {
    try {
      CompactInput in = new CompactInput(bytes, 0, bytes.length);
      T read = reader.read(in);
      if (!in.atEnd()) {
        throw new IOException("data after the " + what);
      }
      return read;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the cached "
              + what
              + " of "
              + path
              + " do not decode (a bug: please report it); "
              + DELETE_TO_CHECK_AGAIN,
          e);
    }
  }

  /** The anchors as a set, built once: they were written from one, so none repeats. */
  private static Set<String> distinct(String[] anchors) throws IOException {
    try {
      return Set.of(anchors);
    } catch (IllegalArgumentException repeated) {
      throw new IOException("an anchor written twice", repeated);
    }
  }

  private static DocumentSummary readSummary(CompactInput in, byte[] links, byte[] anchors)
      throws IOException {
    String path = in.readString();
    int questionCount = in.readCount();
    List<DocumentSummary.QuestionFact> questions = new ArrayList<>(questionCount);
    int line = 0;
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
              in.readEnum(QuestionShape.class),
              in.readString()));
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
    return DocumentSummary.onDemand(
        path,
        questions,
        unrecognised,
        () -> readAnchors(path, anchors),
        () -> readLinks(path, links));
  }

  /**
   * The length of the sections together and where each but the last ends (four bytes each), then
   * the sections deflated as one stream.
   */
  private static byte[] deflate(byte[]... sections) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    try {
      int length = 0;
      for (byte[] section : sections) {
        length += section.length;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(length / 4 + 64);
      DataOutputStream header = new DataOutputStream(out);
      header.writeInt(length);
      int end = 0;
      for (int i = 0; i < sections.length - 1; i++) {
        end += sections[i].length;
        header.writeInt(end);
      }
      byte[] buffer = new byte[16384];
      for (byte[] section : sections) {
        deflater.setInput(section);
        while (!deflater.needsInput()) {
          out.write(buffer, 0, deflater.deflate(buffer));
        }
      }
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
  private record Header(int length, int summaryEnd, int linksEnd, int anchorsEnd) {
    static final int SIZE = 4 * Integer.BYTES;

    static Header of(byte[] payload) throws IOException {
      if (payload.length < SIZE) {
        throw new EOFException();
      }
      ByteBuffer buffer = ByteBuffer.wrap(payload);
      int length = buffer.getInt();
      int summaryEnd = buffer.getInt();
      int linksEnd = buffer.getInt();
      int anchorsEnd = buffer.getInt();
      if (length < 0
          || length > MAX_DECODED
          || summaryEnd < 0
          || linksEnd < summaryEnd
          || anchorsEnd < linksEnd
          || anchorsEnd > length) {
        throw new IOException("bad length");
      }
      return new Header(length, summaryEnd, linksEnd, anchorsEnd);
    }
  }

  /**
   * What {@link #deflate} was given, in arrays of the lengths asked for, one after the other; when
   * they add up to all of it, the stream must end there. The findings' section is kept until the
   * report lists them: inflated into an array of its own, it is not copied out of the whole.
   */
  private static byte[][] inflate(byte[] payload, Header header, int... lengths)
      throws IOException {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(payload, Header.SIZE, payload.length - Header.SIZE);
      byte[][] parts = new byte[lengths.length][];
      int total = 0;
      for (int i = 0; i < lengths.length; i++) {
        parts[i] = new byte[lengths[i]];
        fill(inflater, parts[i]);
        total += lengths[i];
      }
      if (total == header.length()
          && (inflater.inflate(new byte[1]) != 0 || !inflater.finished())) {
        throw new IOException("longer than its length");
      }
      return parts;
    } catch (DataFormatException e) {
      throw new IOException(e);
    } finally {
      inflater.end();
    }
  }

  private static void fill(Inflater inflater, byte[] part) throws IOException, DataFormatException {
    int filled = 0;
    while (filled < part.length) {
      int n = inflater.inflate(part, filled, part.length - filled);
      if (n == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
        throw new EOFException();
      }
      filled += n;
    }
  }
}
