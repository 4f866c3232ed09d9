package io.github.qbanklint.core.report.unanswered;

import io.github.qbanklint.core.report.ReportContext;
import java.util.Locale;

/**
 * Shared wording of the unanswered-questions report, in every format and on the Maven site page:
 * links, percentages, section names.
 */
public final class Links {
  static final String NO_SECTION = "(before the first section)";

  private Links() {}

  /** A link to a heading of a file, relative to where the report is read. */
  static String to(UnansweredReport report, ReportContext context, String path, String anchor) {
    String file = context.linkPath(report.root(), path);
    return anchor.isEmpty() ? file : file + "#" + anchor;
  }

  /** The answered share, {@code n/a} when there is no question (never a false 100%). */
  public static String percent(UnansweredReport.Tally tally) {
    double p = tally.answeredPercent();
    if (Double.isNaN(p)) {
      return "n/a";
    }
    return p == Math.rint(p)
        ? String.format(Locale.ROOT, "%.0f%%", p)
        : String.format(Locale.ROOT, "%.1f%%", p);
  }

  /** {@code , 2 files without recognised questions}, or nothing when every file had some. */
  static String withoutQuestions(UnansweredReport report) {
    int n = report.filesWithoutQuestions();
    return n == 0 ? "" : ", " + n + (n == 1 ? " file" : " files") + " without recognised questions";
  }

  public static String title(UnansweredReport.SectionEntry section) {
    return section.title().isEmpty() ? NO_SECTION : section.title();
  }
}
