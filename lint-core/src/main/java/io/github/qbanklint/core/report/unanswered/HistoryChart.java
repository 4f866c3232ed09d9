package io.github.qbanklint.core.report.unanswered;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The total and the unanswered questions over the runs of the history file, as an inline SVG line
 * chart with a title and a description for screen readers; the colours come from the page's CSS, so
 * the chart follows dark mode. Runs are placed by date, or evenly when they share one.
 */
final class HistoryChart {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
  private static final int WIDTH = 600;
  private static final int HEIGHT = 200;
  private static final int LEFT = 48;
  private static final int RIGHT = 10;
  private static final int TOP = 10;
  private static final int BOTTOM = 30;

  private HistoryChart() {}

  /** The chart of {@code entries} (at least two, oldest first). */
  static String svg(List<HistoryEntry> entries) {
    HistoryEntry first = entries.get(0);
    HistoryEntry last = entries.get(entries.size() - 1);
    int max = Math.max(1, entries.stream().mapToInt(HistoryEntry::questions).max().orElse(1));
    StringBuilder svg = new StringBuilder(4096);
    svg.append("<svg class=\"chart\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"history-title history-desc\">\n")
        .append("<title id=\"history-title\">Questions over the last ")
        .append(entries.size())
        .append(" runs</title>\n<desc id=\"history-desc\">From ")
        .append(DAY.format(first.date()))
        .append(" to ")
        .append(DAY.format(last.date()))
        .append(": total ")
        .append(first.questions())
        .append(" to ")
        .append(last.questions())
        .append(" questions, unanswered ")
        .append(first.unanswered())
        .append(" to ")
        .append(last.unanswered())
        .append(".</desc>\n");
    int bottom = HEIGHT - BOTTOM;
    svg.append(line("axis", LEFT, TOP, LEFT, bottom))
        .append(line("axis", LEFT, bottom, WIDTH - RIGHT, bottom))
        .append(label(LEFT - 4, TOP + 4, "end", Integer.toString(max)))
        .append(label(LEFT - 4, bottom, "end", "0"))
        .append(label(LEFT, HEIGHT - 6, "start", DAY.format(first.date())))
        .append(label(WIDTH - RIGHT, HEIGHT - 6, "end", DAY.format(last.date())));
    svg.append(polyline("total", entries, max, false))
        .append(polyline("unanswered", entries, max, true));
    return svg.append("</svg>\n").toString();
  }

  private static String polyline(
      String kind, List<HistoryEntry> entries, int max, boolean unanswered) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < entries.size(); i++) {
      HistoryEntry e = entries.get(i);
      points
          .append(i == 0 ? "" : " ")
          .append(number(x(entries, i)))
          .append(',')
          .append(number(y(unanswered ? e.unanswered() : e.questions(), max)));
    }
    return "<polyline class=\"" + kind + "\" points=\"" + points + "\"/>\n";
  }

  private static double x(List<HistoryEntry> entries, int i) {
    Instant first = entries.get(0).date();
    long span = entries.get(entries.size() - 1).date().getEpochSecond() - first.getEpochSecond();
    double share =
        span > 0
            ? (double) (entries.get(i).date().getEpochSecond() - first.getEpochSecond()) / span
            : (double) i / (entries.size() - 1);
    return LEFT + Math.max(0, Math.min(1, share)) * (WIDTH - LEFT - RIGHT);
  }

  private static double y(int value, int max) {
    return TOP + (1 - (double) value / max) * (HEIGHT - TOP - BOTTOM);
  }

  private static String line(String kind, int x1, int y1, int x2, int y2) {
    return String.format(
        Locale.ROOT,
        "<line class=\"%s\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n",
        kind,
        x1,
        y1,
        x2,
        y2);
  }

  private static String label(int x, int y, String anchor, String text) {
    return String.format(
        Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s</text>\n", x, y, anchor, text);
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
