package io.github.qbanklint.core.report.unanswered;

import io.github.qbanklint.core.bank.BankOutline.EmptySectionOutline;
import io.github.qbanklint.core.report.ReportContext;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Shared wording of the unanswered-questions report, in every format and on the Maven site page:
 * links, percentages, section names.
 */
public final class Links {
  static final String NO_SECTION = "(before the first section)";

  private Links() {}

  /**
   * A link to a heading of a file, relative to where the report is read, or to its line on the
   * forge ({@code line} 0: to the file), as JSON shows it.
   */
  static String to(
      UnansweredReport report, ReportContext context, String path, String anchor, int line) {
    return report.links().to(context, report.root(), path, anchor, line);
  }

  /** The same link, encoded as a Markdown destination or an HTML {@code href} (before escaping). */
  static String destination(
      UnansweredReport report, ReportContext context, String path, String anchor, int line) {
    return report.links().destination(context, report.root(), path, anchor, line);
  }

  /** {@code 3/5 answered (60%), 2 unanswered}: a tally in words, for every report. */
  public static String counts(UnansweredReport.Tally tally) {
    return tally.answered()
        + "/"
        + tally.questions()
        + " answered ("
        + percent(tally)
        + "), "
        + tally.unanswered()
        + " unanswered";
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

  /** {@code 1 empty section}, {@code 3 empty sections}. */
  static String emptySections(int n) {
    return n + (n == 1 ? " empty section" : " empty sections");
  }

  /** What to do about an empty section, in the words of the empty-section rule. */
  static String emptySectionAdvice(EmptySectionOutline empty) {
    if (empty.subSections().isEmpty()) {
      return "No questions and no text: add its questions, or remove the heading (and its"
          + " table-of-contents entry).";
    }
    return "No questions and no text, and "
        + (empty.subSections().size() == 1 ? "its sub-section " : "its sub-sections ")
        + empty.subSections().stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "))
        + (empty.subSections().size() == 1 ? " is" : " are")
        + " empty too: add their questions, or remove the headings (and their table-of-contents"
        + " entries).";
  }

  public static String title(UnansweredReport.SectionEntry section) {
    return section.title().isEmpty() ? NO_SECTION : section.title();
  }
}
