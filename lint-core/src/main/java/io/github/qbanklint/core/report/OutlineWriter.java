package io.github.qbanklint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.qbanklint.core.bank.BankModel;
import io.github.qbanklint.core.bank.BankOutline;
import io.github.qbanklint.core.bank.BankOutline.ItemOutline;
import io.github.qbanklint.core.bank.ItemKind;
import io.github.qbanklint.core.bank.QuestionShape;
import io.github.qbanklint.core.engine.FileStats;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Prints how the bank model read each file ({@code qbank-lint outline}): every heading with its
 * role, every question with its shape and status. How users debug their conventions, and how the
 * tests pin the model.
 */
public final class OutlineWriter {
  private OutlineWriter() {}

  /** The outline as JSON; {@code displayPath} turns a workspace path into the one to show. */
  public static void json(List<FileStats> files, UnaryOperator<String> displayPath, Writer out)
      throws IOException {
    try (JsonGenerator g = JsonDocuments.open(out)) {
      g.writeStartObject();
      JsonDocuments.writeTool(g);
      g.writeArrayFieldStart("files");
      for (FileStats file : files) {
        writeFile(g, file, displayPath.apply(file.path()));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void writeFile(JsonGenerator g, FileStats file, String path) throws IOException {
    BankOutline outline = file.outline();
    g.writeStartObject();
    g.writeStringField("path", path);
    g.writeArrayFieldStart("shapes");
    for (QuestionShape shape : outline.shapes()) {
      g.writeString(shape.id());
    }
    g.writeEndArray();
    g.writeNumberField("questions", file.questions());
    g.writeNumberField("answered", file.answered());
    if (outline.unrecognised().isPresent()) {
      g.writeObjectFieldStart("unrecognised");
      g.writeStringField("closestShape", outline.unrecognised().get().closestShape().id());
      g.writeStringField("evidence", outline.unrecognised().get().evidence());
      g.writeStringField("hint", outline.unrecognised().get().hint());
      g.writeEndObject();
    }
    g.writeArrayFieldStart("items");
    for (ItemOutline item : outline.items()) {
      g.writeStartObject();
      g.writeNumberField("line", item.line());
      g.writeStringField("kind", item.kind().id());
      if (item.kind() == ItemKind.HEADING) {
        g.writeNumberField("level", item.level());
      } else {
        g.writeNullField("level");
      }
      g.writeStringField("role", item.role().id());
      writeOptional(g, "number", item.number());
      if (item.shape().isPresent()) {
        g.writeStringField("shape", item.shape().get().id());
      }
      g.writeStringField("text", item.text());
      writeOptional(g, "status", item.status());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeOptional(JsonGenerator g, String field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    } else {
      g.writeNullField(field);
    }
  }

  /**
   * One block per file: a header with the detected shapes and counts, then a line per item,
   * indented by heading level.
   */
  public static void text(List<FileStats> files, UnaryOperator<String> displayPath, Writer out)
      throws IOException {
    for (FileStats file : files) {
      BankOutline outline = file.outline();
      out.write(TerminalText.escape(displayPath.apply(file.path())) + ": " + header(file) + "\n");
      if (outline.unrecognised().isPresent()) {
        BankModel.UnrecognisedBank u = outline.unrecognised().get();
        out.write(
            TerminalText.escape("  no question recognised (" + u.evidence() + "): " + u.hint())
                + "\n");
      }
      for (ItemOutline item : outline.items()) {
        out.write(line(item));
      }
      out.write('\n');
    }
  }

  private static String header(FileStats file) {
    List<String> shapes = file.outline().shapes().stream().map(QuestionShape::id).toList();
    return file.questions()
        + (file.questions() == 1 ? " question, " : " questions, ")
        + file.answered()
        + " answered"
        + (shapes.isEmpty() ? "" : "; shapes: " + String.join(", ", shapes));
  }

  private static String line(ItemOutline item) {
    String marker = item.kind() == ItemKind.HEADING ? "#".repeat(item.level()) : item.kind().id();
    String indent = "  ".repeat(Math.max(0, item.level() - 1));
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%6d  %-14s ", item.line(), item.role().id()))
        .append(indent)
        .append(marker)
        .append(' ')
        .append(TerminalText.escape(item.text()));
    item.shape().ifPresent(s -> out.append("  [").append(s.id()));
    item.status().ifPresent(s -> out.append(", ").append(s).append(']'));
    return out.append('\n').toString();
  }
}
