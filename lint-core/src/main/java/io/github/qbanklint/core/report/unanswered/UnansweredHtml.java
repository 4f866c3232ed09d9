package io.github.qbanklint.core.report.unanswered;

import io.github.qbanklint.core.bank.BankOutline.QuestionOutline;
import io.github.qbanklint.core.report.MarkdownText;
import io.github.qbanklint.core.report.ReportContext;
import io.github.qbanklint.core.report.TerminalText;
import io.github.qbanklint.core.report.unanswered.UnansweredReport.FileEntry;
import io.github.qbanklint.core.report.unanswered.UnansweredReport.SectionEntry;
import io.github.qbanklint.core.report.unanswered.UnansweredReport.Tally;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The unanswered-questions report as one self-contained HTML page: inline CSS, an SVG bar per
 * section (answered against unanswered), no script and nothing fetched, laid out for phones too.
 */
final class UnansweredHtml implements UnansweredReportWriter {
  private static final String STYLE =
      """
      :root{--ok:#2da44e;--no:#d1242f;--thin:#bf8700;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--card:#f6f8fa}
      *{box-sizing:border-box}
      body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif}
      main{max-width:860px;margin:0 auto;padding:16px}
      h1{font-size:1.5rem;margin:.2rem 0 .6rem}
      h2{font-size:1.15rem;margin:1.6rem 0 .6rem;padding-bottom:.3rem;border-bottom:1px solid var(--line);overflow-wrap:anywhere}
      h3{font-size:1rem;margin:0;display:flex;flex-wrap:wrap;gap:.2rem .6rem;align-items:baseline}
      h3 a{color:inherit;text-decoration:none;overflow-wrap:anywhere}
      a{color:#0969da}
      .summary{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 14px}
      .big{font-size:1.25rem;margin:0 0 .5rem}
      .big strong{color:var(--no);font-size:1.6rem}
      .count{color:var(--muted);font-size:.9rem;white-space:nowrap;margin-left:auto}
      svg.bar{display:block;width:100%;height:12px;border-radius:6px;overflow:hidden;margin:.4rem 0}
      .summary svg.bar{height:18px;border-radius:9px}
      .legend{color:var(--muted);font-size:.85rem;margin:.3rem 0 0;display:flex;flex-wrap:wrap;gap:.2rem 1rem}
      .sw{display:inline-block;width:.8em;height:.8em;border-radius:2px;vertical-align:-.05em;margin-right:.3em}
      .sec{border:1px solid var(--line);border-radius:8px;padding:10px 12px;margin:10px 0}
      .sec.done{padding:6px 12px;margin:6px 0;color:var(--muted)}
      .sec.done h3{font-size:.9rem;font-weight:600}
      .sec.done svg.bar{height:6px;margin:.3rem 0 .1rem}
      ul{list-style:none;margin:.3rem 0 0;padding:0}
      li{display:flex;gap:.6rem;margin:.2rem 0;align-items:baseline}
      li a{overflow-wrap:anywhere}
      .ln{flex:none;min-width:3.2em;text-align:right;color:var(--muted);font-size:.8rem;font-variant-numeric:tabular-nums}
      .label{font-size:.8rem;font-weight:600;margin:.5rem 0 0}
      .label.no{color:var(--no)}
      .label.thin{color:var(--thin)}
      footer{color:var(--muted);font-size:.8rem;margin:2rem 0 1rem}
      """;

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String defaultFileName() {
    return "unanswered.html";
  }

  @Override
  public void write(UnansweredReport report, ReportContext context, Writer out) throws IOException {
    Tally total = report.total();
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Unanswered questions</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n<h1>Unanswered questions</h1>\n")
        .append("<div class=\"summary\">\n<p class=\"big\"><strong>")
        .append(total.unanswered())
        .append("</strong> of ")
        .append(total.questions())
        .append(" questions unanswered</p>\n")
        .append(bar(total))
        .append(
            "<p class=\"legend\"><span><span class=\"sw\" style=\"background:var(--ok)\"></span>")
        .append(total.answered())
        .append(" answered (")
        .append(Links.percent(total))
        .append(")</span><span><span class=\"sw\" style=\"background:var(--no)\"></span>")
        .append(total.unanswered())
        .append(
            " unanswered</span><span><span class=\"sw\" style=\"background:var(--thin)\"></span>")
        .append(total.thin())
        .append(" thin (under ")
        .append(report.thin().minLength())
        .append(" units)</span><span>")
        .append(report.files().size())
        .append(report.files().size() == 1 ? " file" : " files")
        .append(escape(Links.withoutQuestions(report)))
        .append("</span></p>\n");
    for (String path : report.unrecognisedBanks()) {
      h.append("<p class=\"label no\">No question recognised in ")
          .append(escape(context.displayPath(report.root(), path)))
          .append(", which looks like a bank: see <code>qbank-lint outline</code>.</p>\n");
    }
    h.append("</div>\n");
    for (FileEntry file : report.files()) {
      String path = context.displayPath(report.root(), file.path());
      h.append("<h2>")
          .append(escape(path))
          .append(" <span class=\"count\">")
          .append(file.tally().answered())
          .append("/")
          .append(file.tally().questions())
          .append(" answered</span></h2>\n");
      for (SectionEntry section : file.sections()) {
        appendSection(h, report, context, file, section);
      }
    }
    h.append("<footer>qbank-lint report; links point at the headings in the Markdown files.")
        .append("</footer>\n</main>\n</body>\n</html>\n");
    out.write(h.toString());
  }

  private static void appendSection(
      StringBuilder h,
      UnansweredReport report,
      ReportContext context,
      FileEntry file,
      SectionEntry section) {
    Tally t = section.tally();
    h.append("<section class=\"sec").append(t.unanswered() == 0 ? " done" : "").append("\">\n<h3>");
    String title = escape(Links.title(section));
    if (section.anchor().isEmpty()) {
      h.append("<span>").append(title).append("</span>");
    } else {
      h.append("<a href=\"")
          .append(href(report, context, file, section.anchor()))
          .append("\">")
          .append(title)
          .append("</a>");
    }
    h.append("<span class=\"count\">")
        .append(t.answered())
        .append("/")
        .append(t.questions())
        .append(" · ")
        .append(Links.percent(t))
        .append("</span></h3>\n")
        .append(bar(t));
    appendList(h, report, context, file, "no", "Unanswered", section.unanswered(), false);
    appendList(h, report, context, file, "thin", "Thin answers", section.thin(), true);
    if (report.all()) {
      appendList(h, report, context, file, "all", "All questions", section.questions(), false);
    }
    h.append("</section>\n");
  }

  private static void appendList(
      StringBuilder h,
      UnansweredReport report,
      ReportContext context,
      FileEntry file,
      String kind,
      String label,
      java.util.List<QuestionOutline> questions,
      boolean withLength) {
    if (questions.isEmpty()) {
      return;
    }
    h.append("<p class=\"label ")
        .append(kind)
        .append("\">")
        .append(label)
        .append(" (")
        .append(questions.size())
        .append("), by line</p>\n<ul>\n");
    for (QuestionOutline q : questions) {
      h.append("<li><span class=\"ln\">")
          .append(q.line())
          .append("</span><a href=\"")
          .append(href(report, context, file, q.anchor()))
          .append("\">")
          .append(escape(q.text()))
          .append("</a>")
          .append(
              withLength
                  ? "<span class=\"ln\">" + escape(q.answerLength().summary()) + "</span>"
                  : "")
          .append("</li>\n");
    }
    h.append("</ul>\n");
  }

  /** A bar of answered (green) against unanswered (red) questions. */
  static String bar(Tally t) {
    double answered = t.questions() == 0 ? 0 : 100.0 * t.answered() / t.questions();
    String width = String.format(Locale.ROOT, "%.2f", answered);
    return "<svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" role=\"img\""
        + " aria-label=\""
        + t.answered()
        + " of "
        + t.questions()
        + " answered\"><rect width=\"100\" height=\"10\" fill=\"#d1242f\"/>"
        + "<rect width=\""
        + width
        + "\" height=\"10\" fill=\"#2da44e\"/></svg>\n";
  }

  /** A link to a heading of a file, encoded for an {@code href} attribute. */
  private static String href(
      UnansweredReport report, ReportContext context, FileEntry file, String anchor) {
    return escape(MarkdownText.destination(Links.to(report, context, file.path(), anchor)));
  }

  /** Text shown literally: HTML's special characters as entities, controls as escapes. */
  static String escape(String text) {
    return TerminalText.escape(text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
