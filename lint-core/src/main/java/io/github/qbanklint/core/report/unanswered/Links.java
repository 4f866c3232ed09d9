package io.github.qbanklint.core.report.unanswered;

import io.github.qbanklint.core.report.ReportContext;
import java.util.Locale;

/** Shared wording of the unanswered-questions report: links, percentages, section names. */
final class Links {
  static final String NO_SECTION = "(before the first section)";

  private Links() {}

  /** A link to a heading of a file, relative to where the report is read. */
  static String to(UnansweredReport report, ReportContext context, String path, String anchor) {
    String file = context.linkPath(report.root(), path);
    return anchor.isEmpty() ? file : file + "#" + anchor;
  }

  static String percent(UnansweredReport.Tally tally) {
    double p = tally.answeredPercent();
    return p == Math.rint(p)
        ? String.format(Locale.ROOT, "%.0f%%", p)
        : String.format(Locale.ROOT, "%.1f%%", p);
  }

  static String title(UnansweredReport.SectionEntry section) {
    return section.title().isEmpty() ? NO_SECTION : section.title();
  }
}
