package io.github.qbanklint.core.report.unanswered;

import io.github.qbanklint.core.bank.BankOutline.EmptySectionOutline;
import io.github.qbanklint.core.bank.BankOutline.QuestionOutline;
import io.github.qbanklint.core.report.ReportContext;
import io.github.qbanklint.core.report.TerminalText;
import io.github.qbanklint.core.report.unanswered.UnansweredReport.FileEntry;
import io.github.qbanklint.core.report.unanswered.UnansweredReport.SectionEntry;
import io.github.qbanklint.core.report.unanswered.UnansweredReport.Tally;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The unanswered-questions report as one self-contained HTML page: inline CSS, an SVG bar per
 * section (answered against unanswered) and the history chart, no script and nothing fetched (the
 * content security policy says so to the browser), light and dark, laid out for phones too.
 */
final class UnansweredHtml implements UnansweredReportWriter {
  private static final String STYLE =
      """
      :root{color-scheme:light dark;--ok:#1a7f37;--no:#cf222e;--thin:#9a6700;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--card:#f6f8fa;--link:#0550ae;--focus:#0969da}
      @media (prefers-color-scheme:dark){:root{--ok:#3fb950;--no:#ff7b72;--thin:#d29922;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--bg:#0d1117;--card:#151b23;--link:#79c0ff;--focus:#58a6ff}}
      *{box-sizing:border-box}
      body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif}
      main{max-width:860px;margin:0 auto;padding:16px}
      h1{font-size:1.5rem;margin:.2rem 0 .2rem}
      h2{font-size:1.15rem;margin:1.6rem 0 .6rem;padding-bottom:.3rem;border-bottom:1px solid var(--line);overflow-wrap:anywhere}
      h3{font-size:1rem;margin:0;display:flex;flex-wrap:wrap;gap:.2rem .6rem;align-items:baseline}
      a{color:var(--link);text-decoration:underline;text-underline-offset:.15em;text-decoration-thickness:1px;overflow-wrap:anywhere}
      a:hover{text-decoration-thickness:2px}
      a:focus-visible{outline:2px solid var(--focus);outline-offset:2px;border-radius:2px}
      .meta{color:var(--muted);font-size:.85rem;margin:0 0 .8rem}
      .summary{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 14px}
      .big{font-size:1.25rem;margin:0 0 .5rem}
      .big strong{color:var(--no);font-size:1.6rem}
      .count{color:var(--muted);font-size:.9rem;white-space:nowrap;margin-left:auto}
      svg.bar{display:block;width:100%;height:12px;border-radius:6px;overflow:hidden;margin:.4rem 0}
      svg.bar .no{fill:var(--no)}
      svg.bar .ok{fill:var(--ok)}
      .summary svg.bar{height:18px;border-radius:9px}
      .legend{color:var(--muted);font-size:.85rem;margin:.3rem 0 0;display:flex;flex-wrap:wrap;gap:.2rem 1rem}
      .sw{display:inline-block;width:.8em;height:.8em;border-radius:2px;vertical-align:-.05em;margin-right:.3em}
      .sw.ok{background:var(--ok)}
      .sw.no{background:var(--no)}
      .sw.thin{background:var(--thin)}
      .sw.total{background:var(--fg)}
      .sec{border:1px solid var(--line);border-radius:8px;padding:10px 12px;margin:10px 0}
      .sec.done{padding:6px 12px;margin:6px 0;color:var(--muted)}
      .sec.done h3{font-size:.9rem;font-weight:600}
      .sec.done svg.bar{height:6px;margin:.3rem 0 .1rem}
      .sec.empty{border-style:dashed}
      ul{list-style:none;margin:.3rem 0 0;padding:0}
      li{display:flex;gap:.6rem;margin:.2rem 0;align-items:baseline}
      .ln{flex:none;min-width:3.2em;text-align:right;color:var(--muted);font-size:.8rem;font-variant-numeric:tabular-nums}
      .label{font-size:.8rem;font-weight:600;margin:.5rem 0 0}
      .label.no{color:var(--no)}
      .label.thin{color:var(--thin)}
      .note{color:var(--muted);font-size:.85rem;margin:.3rem 0 0}
      svg.chart{display:block;width:100%;height:auto;margin:.4rem 0}
      svg.chart polyline{fill:none;stroke-width:3;stroke-linejoin:round}
      svg.chart .total{stroke:var(--fg)}
      svg.chart .unanswered{stroke:var(--no)}
      svg.chart .axis{stroke:var(--line)}
      svg.chart text{fill:var(--muted);font-size:16px}
      table{border-collapse:collapse;font-size:.85rem;margin:.4rem 0}
      th,td{border-bottom:1px solid var(--line);padding:.2rem .6rem;text-align:right}
      th:first-child,td:first-child{text-align:left}
      footer{color:var(--muted);font-size:.8rem;margin:2rem 0 1rem}
      """;
  private static final DateTimeFormatter ISO_SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

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
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .append(" style-src 'unsafe-inline'\">\n")
        .append("<title>Unanswered questions</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n<h1>Unanswered questions</h1>\n")
        .append(provenance(report.provenance()))
        .append("<div class=\"summary\">\n<p class=\"big\"><strong>")
        .append(total.unanswered())
        .append("</strong> of ")
        .append(total.questions())
        .append(" questions unanswered</p>\n")
        .append(bar(total))
        .append("<p class=\"legend\"><span><span class=\"sw ok\"></span>")
        .append(total.answered())
        .append(" answered (")
        .append(Links.percent(total))
        .append(")</span><span><span class=\"sw no\"></span>")
        .append(total.unanswered())
        .append(" unanswered</span><span><span class=\"sw thin\"></span>")
        .append(total.thin())
        .append(" thin (under ")
        .append(report.thin().minLength())
        .append(" units)</span><span>")
        .append(Links.emptySections(report.emptySectionCount()))
        .append("</span><span>")
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
    appendHistory(h, report.history());
    for (FileEntry file : report.files()) {
      String path = context.displayPath(report.root(), file.path());
      h.append("<h2>")
          .append(escape(path))
          .append(" <span class=\"count\">")
          .append(file.tally().answered())
          .append("/")
          .append(file.tally().questions())
          .append(" answered</span></h2>\n");
      file.inDocumentOrder(
          section -> appendSection(h, report, context, file, section),
          empty -> appendEmptySection(h, report, context, file, empty));
    }
    h.append("<footer>qbank-lint report; links point at ")
        .append(
            report.links().toForge()
                ? "the source lines on the forge."
                : "the headings in the Markdown files.")
        .append("</footer>\n</main>\n</body>\n</html>\n");
    out.write(h.toString());
  }

  /** {@code Generated … by qbank-lint … from commit …}. */
  private static String provenance(Provenance p) {
    StringBuilder meta = new StringBuilder("<p class=\"meta\">Generated ");
    p.generated()
        .ifPresent(
            date ->
                meta.append("<time datetime=\"")
                    .append(ISO_SECONDS.format(date))
                    .append("\">")
                    .append(p.shownDate().orElseThrow())
                    .append("</time> "));
    meta.append("by qbank-lint ").append(escape(p.version()));
    p.commit()
        .ifPresent(
            c ->
                meta.append(" from commit <code title=\"")
                    .append(escape(c))
                    .append("\">")
                    .append(escape(p.shortCommit().orElseThrow()))
                    .append("</code>"));
    return meta.append("</p>\n").toString();
  }

  private static void appendHistory(StringBuilder h, List<HistoryEntry> history) {
    if (history.isEmpty()) {
      return;
    }
    h.append("<h2>History</h2>\n");
    if (history.size() == 1) {
      h.append("<p class=\"note\">This is the first run in the history file; the chart starts")
          .append(" with the second.</p>\n");
      return;
    }
    h.append(HistoryChart.svg(history))
        .append("<p class=\"legend\"><span><span class=\"sw total\"></span>total</span>")
        .append("<span><span class=\"sw no\"></span>unanswered</span></p>\n")
        .append("<details><summary>The ")
        .append(history.size())
        .append(" runs</summary>\n<table>\n<thead><tr><th scope=\"col\">date</th>")
        .append("<th scope=\"col\">commit</th><th scope=\"col\">questions</th>")
        .append("<th scope=\"col\">answered</th><th scope=\"col\">unanswered</th></tr></thead>\n")
        .append("<tbody>\n");
    for (HistoryEntry e : history) {
      h.append("<tr><td>")
          .append(ISO_SECONDS.format(e.date()))
          .append("</td><td><code>")
          .append(escape(e.commit().map(c -> c.length() > 12 ? c.substring(0, 12) : c).orElse("")))
          .append("</code></td><td>")
          .append(e.questions())
          .append("</td><td>")
          .append(e.answered())
          .append("</td><td>")
          .append(e.unanswered())
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</details>\n");
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
          .append(href(report, context, file, section.anchor(), section.line()))
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

  private static void appendEmptySection(
      StringBuilder h,
      UnansweredReport report,
      ReportContext context,
      FileEntry file,
      EmptySectionOutline empty) {
    h.append("<section class=\"sec empty\">\n<h3><a href=\"")
        .append(href(report, context, file, empty.anchor(), empty.line()))
        .append("\">")
        .append(escape(empty.title()))
        .append("</a><span class=\"count\">empty · line ")
        .append(empty.line())
        .append("</span></h3>\n<p class=\"note\">")
        .append(escape(Links.emptySectionAdvice(empty)))
        .append("</p>\n</section>\n");
  }

  private static void appendList(
      StringBuilder h,
      UnansweredReport report,
      ReportContext context,
      FileEntry file,
      String kind,
      String label,
      List<QuestionOutline> questions,
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
          .append(href(report, context, file, q.anchor(), q.line()))
          .append("\">")
          .append(escape(q.shown()))
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
        + " answered\"><rect class=\"no\" width=\"100\" height=\"10\"/>"
        + "<rect class=\"ok\" width=\""
        + width
        + "\" height=\"10\"/></svg>\n";
  }

  /** A link to a heading or line of a file, encoded for an {@code href} attribute. */
  private static String href(
      UnansweredReport report, ReportContext context, FileEntry file, String anchor, int line) {
    return escape(Links.destination(report, context, file.path(), anchor, line));
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
