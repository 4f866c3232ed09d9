package io.github.qbanklint.core.report.unanswered;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qbanklint.core.report.JsonDocuments;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The history file ({@code report --history FILE}): one JSON object per line and per run, appended,
 * never rewritten. The user names the file on the command line, so it may lie anywhere; lines that
 * are not history entries (a hand edit, a line cut short by a killed run) are skipped and counted.
 */
public final class HistoryFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The entries of a history file.
   *
   * @param skipped how many non-blank lines were not history entries
   */
  public record Content(List<HistoryEntry> entries, int skipped) {
    public Content {
      entries = List.copyOf(entries);
    }
  }

  private HistoryFile() {}

  /** The entries in {@code file}, oldest first; none when it does not exist yet. */
  public static Content read(Path file) throws IOException {
    List<String> lines;
    try {
      lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
    } catch (NoSuchFileException e) {
      return new Content(List.of(), 0);
    }
    List<HistoryEntry> entries = new ArrayList<>();
    int skipped = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      Optional<HistoryEntry> entry = parse(line);
      if (entry.isPresent()) {
        entries.add(entry.get());
      } else {
        skipped++;
      }
    }
    return new Content(entries, skipped);
  }

  /**
   * Appends {@code entry} as one line, after a line break when the file's last line was cut short,
   * in one write.
   */
  public static void append(Path file, HistoryEntry entry) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    String line = (endsInCutLine(file) ? "\n" : "") + line(entry) + "\n";
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
    }
  }

  /** Whether the file's last line has no line break (a run was killed while writing it). */
  private static boolean endsInCutLine(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      if (channel.size() == 0) {
        return false;
      }
      ByteBuffer last = ByteBuffer.allocate(1);
      channel.read(last, channel.size() - 1);
      return last.get(0) != '\n';
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  /** The entry as one line of JSON, without the line break. */
  static String line(HistoryEntry entry) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonDocuments.open(out)) {
      g.setPrettyPrinter(null);
      g.writeStartObject();
      g.writeStringField("date", entry.date().toString());
      if (entry.commit().isPresent()) {
        g.writeStringField("commit", entry.commit().get());
      } else {
        g.writeNullField("commit");
      }
      g.writeNumberField("questions", entry.questions());
      g.writeNumberField("answered", entry.answered());
      g.writeNumberField("emptySections", entry.emptySections());
      g.writeArrayFieldStart("sections");
      for (HistoryEntry.SectionCount s : entry.sections()) {
        g.writeStartObject();
        g.writeStringField("file", s.file());
        g.writeStringField("section", s.section());
        g.writeNumberField("questions", s.questions());
        g.writeNumberField("answered", s.answered());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toString();
  }

  private static Optional<HistoryEntry> parse(String line) {
    try {
      JsonNode node = JSON.readTree(line);
      if (node == null
          || !node.path("date").isTextual()
          || !node.path("questions").canConvertToInt()
          || !node.path("questions").isIntegralNumber()
          || !node.path("answered").isIntegralNumber()) {
        return Optional.empty();
      }
      int questions = node.get("questions").asInt();
      int answered = node.get("answered").asInt();
      if (questions < 0 || answered < 0 || answered > questions) {
        return Optional.empty();
      }
      List<HistoryEntry.SectionCount> sections = new ArrayList<>();
      for (JsonNode s : node.path("sections")) {
        sections.add(
            new HistoryEntry.SectionCount(
                s.path("file").asText(),
                s.path("section").asText(),
                s.path("questions").asInt(),
                s.path("answered").asInt()));
      }
      return Optional.of(
          new HistoryEntry(
              Instant.parse(node.get("date").asText()),
              node.path("commit").isTextual()
                  ? Optional.of(node.get("commit").asText())
                  : Optional.empty(),
              questions,
              answered,
              node.path("emptySections").asInt(0),
              sections));
    } catch (IOException | DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
