package io.github.qbanklint.core.engine;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.qbanklint.core.api.DocumentSummary;
import io.github.qbanklint.core.api.Finding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A checked document's outcome as cache bytes and back: its findings (a check run holds no fixes),
 * summary, suppressions and counts, as deflated JSON. Only complete outcomes are stored: one with a
 * rule failure is checked again, so {@code --verbose} still has the stack trace.
 */
final class OutcomeCodec {
  private static final ObjectMapper JSON = mapper();

  private record Stored(
      List<Finding> findings,
      DocumentSummary summary,
      List<Suppressions.Range> suppressions,
      FileStats stats) {}

  private OutcomeCodec() {}

  /** JSON with the many small records as arrays: a third smaller before deflating. */
  private static ObjectMapper mapper() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new Jdk8Module());
    for (Class<?> type :
        List.of(
            Finding.class,
            DocumentSummary.LocatedLink.class,
            DocumentSummary.QuestionFact.class,
            Suppressions.Range.class)) {
      mapper.configOverride(type).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.ARRAY));
    }
    return mapper;
  }

  /** The bytes of {@code outcome}, or empty when it is not a complete check of a document. */
  static Optional<byte[]> encode(FileOutcome outcome) {
    if (!outcome.stackTraces().isEmpty()
        || outcome.summary().isEmpty()
        || outcome.suppressions().isEmpty()
        || outcome.stats().isEmpty()
        || outcome.findings().stream().anyMatch(f -> f.fix().isPresent())) {
      return Optional.empty();
    }
    Stored stored =
        new Stored(
            outcome.findings(),
            outcome.summary().get(),
            outcome.suppressions().get().ranges(),
            outcome.withoutOutline().stats().get());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, deflater)) {
      JSON.writeValue(out, stored);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deflater.end();
    }
    return Optional.of(bytes.toByteArray());
  }

  /** The outcome {@link #encode} stored, for the document at {@code path}. */
  static FileOutcome decode(String path, byte[] bytes) throws IOException {
    Stored stored;
    try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(bytes))) {
      stored = JSON.readValue(in, Stored.class);
    }
    if (!stored.summary().path().equals(path)) {
      throw new IOException("the entry is for " + stored.summary().path());
    }
    return FileOutcome.checked(
        path,
        stored.findings(),
        stored.summary(),
        Suppressions.of(stored.suppressions()),
        stored.stats(),
        List.of());
  }
}
