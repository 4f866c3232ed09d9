package io.github.qbanklint.core.report.unanswered;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.qbanklint.core.bank.BankOutline.EmptySectionOutline;
import io.github.qbanklint.core.bank.BankOutline.QuestionOutline;
import io.github.qbanklint.core.report.JsonDocuments;
import io.github.qbanklint.core.report.ReportContext;
import io.github.qbanklint.core.report.unanswered.UnansweredReport.FileEntry;
import io.github.qbanklint.core.report.unanswered.UnansweredReport.SectionEntry;
import io.github.qbanklint.core.report.unanswered.UnansweredReport.Tally;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The unanswered-questions report as JSON: {@code total}, then {@code files} with their {@code
 * sections}, each with counts and its {@code unanswered} and {@code thin} questions.
 */
final class UnansweredJson implements UnansweredReportWriter {
  @Override
  public String format() {
    return "json";
  }

  @Override
  public String defaultFileName() {
    return "unanswered.json";
  }

  @Override
  public void write(UnansweredReport report, ReportContext context, Writer out) throws IOException {
    try (JsonGenerator g = JsonDocuments.open(out)) {
      g.writeStartObject();
      JsonDocuments.writeTool(g);
      Provenance p = report.provenance();
      if (p.generated().isPresent()) {
        g.writeStringField("generated", p.generated().get().toString());
      } else {
        g.writeNullField("generated");
      }
      if (p.commit().isPresent()) {
        g.writeStringField("commit", p.commit().get());
      } else {
        g.writeNullField("commit");
      }
      g.writeNumberField("thinBelow", report.thin().minLength());
      writeTally(g, "total", report.total());
      g.writeNumberField("emptySections", report.emptySectionCount());
      g.writeNumberField("filesWithoutQuestions", report.filesWithoutQuestions());
      g.writeArrayFieldStart("unrecognisedBanks");
      for (String path : report.unrecognisedBanks()) {
        g.writeString(context.displayPath(report.root(), path));
      }
      g.writeEndArray();
      g.writeArrayFieldStart("files");
      for (FileEntry file : report.files()) {
        g.writeStartObject();
        g.writeStringField("path", context.displayPath(report.root(), file.path()));
        writeTally(g, "total", file.tally());
        g.writeArrayFieldStart("sections");
        for (SectionEntry s : file.sections()) {
          g.writeStartObject();
          g.writeStringField("title", s.title());
          g.writeNumberField("line", s.line());
          g.writeStringField("link", Links.to(report, context, file.path(), s.anchor(), s.line()));
          writeTally(g, "total", s.tally());
          writeInventory(g, s);
          writeQuestions(g, "unanswered", s.unanswered(), report, context, file, false);
          writeQuestions(g, "thin", s.thin(), report, context, file, true);
          g.writeEndObject();
        }
        g.writeEndArray();
        writeEmptySections(g, report, context, file);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
  }

  private static void writeEmptySections(
      JsonGenerator g, UnansweredReport report, ReportContext context, FileEntry file)
      throws IOException {
    g.writeArrayFieldStart("emptySections");
    for (EmptySectionOutline empty : file.emptySections()) {
      g.writeStartObject();
      g.writeStringField("title", empty.title());
      g.writeNumberField("line", empty.line());
      g.writeStringField(
          "link", Links.to(report, context, file.path(), empty.anchor(), empty.line()));
      g.writeArrayFieldStart("subSections");
      for (String sub : empty.subSections()) {
        g.writeString(sub);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Every question of a section with its status: the full inventory. */
  private static void writeInventory(JsonGenerator g, SectionEntry s) throws IOException {
    g.writeArrayFieldStart("questions");
    for (QuestionOutline q : s.questions()) {
      g.writeStartObject();
      g.writeNumberField("line", q.line());
      g.writeStringField("title", q.text());
      g.writeStringField("status", s.status(q));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeTally(JsonGenerator g, String name, Tally tally) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("questions", tally.questions());
    g.writeNumberField("answered", tally.answered());
    g.writeNumberField("unanswered", tally.unanswered());
    g.writeNumberField("thin", tally.thin());
    if (tally.questions() == 0) {
      g.writeNullField("answeredPercent");
    } else {
      g.writeNumberField("answeredPercent", Math.round(tally.answeredPercent() * 10) / 10.0);
    }
    g.writeEndObject();
  }

  private static void writeQuestions(
      JsonGenerator g,
      String name,
      List<QuestionOutline> questions,
      UnansweredReport report,
      ReportContext context,
      FileEntry file,
      boolean withLength)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (QuestionOutline q : questions) {
      g.writeStartObject();
      g.writeStringField("question", q.text());
      if (!q.asks().isEmpty()) {
        g.writeStringField("asks", q.asks());
      }
      g.writeNumberField("line", q.line());
      g.writeStringField("link", Links.to(report, context, file.path(), q.anchor(), q.line()));
      if (withLength) {
        g.writeNumberField("answerLength", q.answerLength().units());
        g.writeStringField("answerForm", q.answerLength().form().id());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
