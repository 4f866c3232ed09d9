package io.github.qbanklint.core.report.unanswered;

import io.github.qbanklint.core.api.ProjectLinks;
import io.github.qbanklint.core.bank.BankOutline.QuestionOutline;
import io.github.qbanklint.core.report.MarkdownText;
import io.github.qbanklint.core.report.ReportContext;
import io.github.qbanklint.core.report.unanswered.UnansweredReport.FileEntry;
import io.github.qbanklint.core.report.unanswered.UnansweredReport.SectionEntry;
import io.github.qbanklint.core.report.unanswered.UnansweredReport.Tally;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The unanswered-questions report as Markdown, for a README, a wiki or a job summary. */
final class UnansweredMarkdown implements UnansweredReportWriter {

  @Override
  public String format() {
    return "md";
  }

  @Override
  public String defaultFileName() {
    return "unanswered.md";
  }

  @Override
  public void write(UnansweredReport report, ReportContext context, Writer out) throws IOException {
    StringBuilder md = new StringBuilder("# Unanswered questions\n\n");
    Tally total = report.total();
    md.append("**")
        .append(total.unanswered())
        .append(" of ")
        .append(total.questions())
        .append(" questions unanswered**; ")
        .append(total.answered())
        .append(" answered (")
        .append(Links.percent(total))
        .append("), ")
        .append(total.thin())
        .append(" of them thin (under ")
        .append(report.thin().minLength())
        .append(" units, or only a link, an image or a pointer); ")
        .append(Links.emptySections(report.emptySectionCount()))
        .append("; ")
        .append(report.files().size())
        .append(report.files().size() == 1 ? " file" : " files")
        .append(Links.withoutQuestions(report))
        .append(".\n\n")
        .append(provenance(report.provenance()))
        .append(history(report.history()));
    for (String path : report.unrecognisedBanks()) {
      md.append("\n**No question recognised in ")
          .append(MarkdownText.escape(context.displayPath(report.root(), path)))
          .append(
              "**, which looks like a bank: see `qbank-lint outline` and "
                  + ProjectLinks.BUILD.file("docs/bank-conventions.md")
                  + ".\n");
    }
    for (FileEntry file : report.files()) {
      String path = context.displayPath(report.root(), file.path());
      md.append("\n## ")
          .append(link(MarkdownText.escape(path), target(report, context, file, "", 0)))
          .append(": ")
          .append(Links.counts(file.tally()))
          .append("\n");
      file.inDocumentOrder(
          section -> appendSection(md, report, context, file, section),
          empty ->
              md.append("\n### ")
                  .append(
                      link(
                          MarkdownText.escape(empty.title()),
                          target(report, context, file, empty.anchor(), empty.line())))
                  .append(": empty\n\n")
                  .append(MarkdownText.escape(Links.emptySectionAdvice(empty)))
                  .append("\n"));
    }
    out.write(md.toString());
  }

  private static void appendSection(
      StringBuilder md,
      UnansweredReport report,
      ReportContext context,
      FileEntry file,
      SectionEntry section) {
    String title = MarkdownText.escape(Links.title(section));
    md.append("\n### ")
        .append(
            section.anchor().isEmpty()
                ? title
                : link(title, target(report, context, file, section.anchor(), section.line())))
        .append(": ")
        .append(Links.counts(section.tally()))
        .append("\n");
    if (!section.unanswered().isEmpty()) {
      md.append("\nUnanswered:\n\n");
      for (QuestionOutline q : section.unanswered()) {
        appendQuestion(md, report, context, file, q, "");
      }
    }
    if (!section.thin().isEmpty()) {
      md.append("\nThin answers:\n\n");
      for (QuestionOutline q : section.thin()) {
        appendQuestion(md, report, context, file, q, " (" + q.answerLength().summary() + ")");
      }
    }
    if (report.all()) {
      md.append("\nAll questions:\n\n");
      for (QuestionOutline q : section.questions()) {
        appendQuestion(md, report, context, file, q, ": " + section.status(q));
      }
    }
  }

  private static void appendQuestion(
      StringBuilder md,
      UnansweredReport report,
      ReportContext context,
      FileEntry file,
      QuestionOutline q,
      String note) {
    md.append("- line ")
        .append(q.line())
        .append(": ")
        .append(
            link(
                MarkdownText.escape(q.shown()),
                target(report, context, file, q.anchor(), q.line())))
        .append(note)
        .append("\n");
  }

  private static String target(
      UnansweredReport report, ReportContext context, FileEntry file, String anchor, int line) {
    return Links.destination(report, context, file.path(), anchor, line);
  }

  /** {@code Generated 2026-12-04 19:05 UTC by qbank-lint 0.1.0 from commit 1a2b3c4d5e6f.} */
  private static String provenance(Provenance p) {
    return "Generated "
        + p.shownDate().map(d -> d + " ").orElse("")
        + "by qbank-lint "
        + MarkdownText.escape(p.version())
        + p.shortCommit().map(c -> " from commit `" + c + "`").orElse("")
        + ".\n";
  }

  /** The change since the first run of the history file, when there are two runs or more. */
  private static String history(List<HistoryEntry> history) {
    if (history.size() < 2) {
      return "";
    }
    HistoryEntry first = history.get(0);
    HistoryEntry last = history.get(history.size() - 1);
    return "\nHistory: "
        + history.size()
        + " runs since "
        + first.date().toString().substring(0, 10)
        + "; unanswered "
        + first.unanswered()
        + " → "
        + last.unanswered()
        + ", total "
        + first.questions()
        + " → "
        + last.questions()
        + ".\n";
  }

  private static String link(String text, String destination) {
    return "[" + text + "](" + destination + ")";
  }
}
