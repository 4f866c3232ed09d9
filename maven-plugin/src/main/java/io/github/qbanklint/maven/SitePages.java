package io.github.qbanklint.maven;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.ProjectLinks;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.bank.BankOutline.QuestionOutline;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.FindingCounts;
import io.github.qbanklint.core.report.ReportContext;
import io.github.qbanklint.core.report.TerminalText;
import io.github.qbanklint.core.report.TextReporter;
import io.github.qbanklint.core.report.unanswered.Links;
import io.github.qbanklint.core.report.unanswered.UnansweredReport;
import io.github.qbanklint.core.report.unanswered.UnansweredReport.FileEntry;
import io.github.qbanklint.core.report.unanswered.UnansweredReport.SectionEntry;
import io.github.qbanklint.core.report.unanswered.UnansweredReport.Tally;
import java.util.List;
import java.util.Map;
import org.apache.maven.doxia.sink.Sink;

/**
 * The two pages of the site report, written as Doxia events so that the site's skin frames them:
 * the findings by rule and by file with counts, then each finding; and the unanswered questions by
 * file and section. Paths and messages show controls as escapes.
 */
final class SitePages {
  static final String FINDINGS_TITLE = "qbank-lint";
  static final String UNANSWERED_TITLE = "Unanswered questions";

  private SitePages() {}

  /**
   * @param unansweredPage the file name of the unanswered-questions page, linked from this one
   */
  static void findings(Sink sink, LintResult result, ReportContext context, String unansweredPage) {
    start(sink, FINDINGS_TITLE);
    sink.paragraph();
    sink.text(TextReporter.summary(result) + ". ");
    sink.link(unansweredPage);
    sink.text(UNANSWERED_TITLE);
    sink.link_();
    sink.text(" lists the questions still to answer, by file and section.");
    sink.paragraph_();
    if (result.findingCount() > 0) {
      subsection(sink, "Findings by rule");
      table(sink, "Rule", "Severity", "Findings");
      for (Map.Entry<String, FindingCounts> e :
          FindingCounts.byRule(result.findings()).entrySet()) {
        sink.tableRow();
        sink.tableCell();
        sink.link(ProjectLinks.BUILD.rule(e.getKey()));
        sink.text(e.getKey());
        sink.link_();
        sink.tableCell_();
        cells(sink, e.getValue().worst().id(), e.getValue().total());
        sink.tableRow_();
      }
      table_(sink);
      sink.section2_();

      subsection(sink, "Findings by file");
      table(sink, "File", "Errors", "Warnings", "Infos");
      for (Map.Entry<String, FindingCounts> e :
          FindingCounts.byFile(result.findings()).entrySet()) {
        FindingCounts c = e.getValue();
        sink.tableRow();
        cells(
            sink,
            shown(result, context, e.getKey()),
            c.of(Severity.ERROR),
            c.of(Severity.WARNING),
            c.of(Severity.INFO));
        sink.tableRow_();
      }
      table_(sink);
      sink.section2_();

      subsection(sink, "Findings");
      table(sink, "File", "Line", "Column", "Severity", "Rule", "Message");
      for (Finding f : result.findings()) {
        sink.tableRow();
        cells(
            sink,
            shown(result, context, f.path()),
            f.line(),
            f.column(),
            f.severity().id(),
            f.ruleId(),
            TerminalText.escape(f.message()));
        sink.tableRow_();
      }
      table_(sink);
      sink.section2_();
    }
    end(sink);
  }

  static void unanswered(Sink sink, UnansweredReport report, ReportContext context) {
    start(sink, UNANSWERED_TITLE);
    Tally total = report.total();
    sink.paragraph();
    sink.text(
        total.unanswered()
            + " of "
            + total.questions()
            + " questions unanswered; "
            + total.answered()
            + " answered ("
            + Links.percent(total)
            + "), "
            + total.thin()
            + " of them thin.");
    sink.paragraph_();
    for (FileEntry file : report.files()) {
      subsection(sink, shownPath(context, report, file.path()) + ": " + Links.counts(file.tally()));
      for (SectionEntry section : file.sections()) {
        sink.section3();
        sink.sectionTitle3();
        sink.text(TerminalText.escape(Links.title(section)) + ": " + Links.counts(section.tally()));
        sink.sectionTitle3_();
        questions(sink, "Unanswered", section.unanswered());
        questions(sink, "Thin answers", section.thin());
        sink.section3_();
      }
      sink.section2_();
    }
    end(sink);
  }

  private static void questions(Sink sink, String label, List<QuestionOutline> questions) {
    if (questions.isEmpty()) {
      return;
    }
    sink.paragraph();
    sink.text(label + ":");
    sink.paragraph_();
    sink.list();
    for (QuestionOutline q : questions) {
      sink.listItem();
      sink.text("line " + q.line() + ": " + TerminalText.escape(q.text()));
      sink.listItem_();
    }
    sink.list_();
  }

  private static String shown(LintResult result, ReportContext context, String path) {
    return TerminalText.escape(context.displayPath(result.root(), path));
  }

  private static String shownPath(ReportContext context, UnansweredReport report, String path) {
    return TerminalText.escape(context.displayPath(report.root(), path));
  }

  private static void start(Sink sink, String title) {
    sink.head();
    sink.title();
    sink.text(title);
    sink.title_();
    sink.head_();
    sink.body();
    sink.section1();
    sink.sectionTitle1();
    sink.text(title);
    sink.sectionTitle1_();
  }

  private static void end(Sink sink) {
    sink.section1_();
    sink.body_();
    sink.flush();
    sink.close();
  }

  private static void subsection(Sink sink, String title) {
    sink.section2();
    sink.sectionTitle2();
    sink.text(title);
    sink.sectionTitle2_();
  }

  private static void table(Sink sink, String... headers) {
    sink.table();
    sink.tableRows();
    sink.tableRow();
    for (String header : headers) {
      sink.tableHeaderCell();
      sink.text(header);
      sink.tableHeaderCell_();
    }
    sink.tableRow_();
  }

  private static void table_(Sink sink) {
    sink.tableRows_();
    sink.table_();
  }

  private static void cells(Sink sink, Object... values) {
    for (Object value : values) {
      sink.tableCell();
      sink.text(String.valueOf(value));
      sink.tableCell_();
    }
  }
}
