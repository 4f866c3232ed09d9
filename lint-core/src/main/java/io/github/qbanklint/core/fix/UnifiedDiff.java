package io.github.qbanklint.core.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff ({@code diff -u} format) of two texts, line by line, with three lines of context.
 * Common leading and trailing lines are set aside first; the rest is compared by longest common
 * subsequence, or shown as one replaced block when it is too large for that table.
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;
  private static final long MAX_TABLE_CELLS = 4_000_000L;

  private UnifiedDiff() {}

  /**
   * One line of the edit script: kept ({@code ' '}), removed ({@code '-'}) or added ({@code '+'}).
   */
  private record Line(char kind, String text, int oldNumber, int newNumber) {}

  /**
   * The diff of {@code before} and {@code after} under the names {@code a/path} and {@code b/path};
   * empty when equal.
   */
  public static String of(String path, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<Line> script = script(a, b);
    StringBuilder out = new StringBuilder();
    out.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
    int i = 0;
    while (i < script.size()) {
      if (script.get(i).kind() == ' ') {
        i++;
        continue;
      }
      int lastChange = i;
      for (int k = i + 1; k < script.size() && k - lastChange <= 2 * CONTEXT; k++) {
        if (script.get(k).kind() != ' ') {
          lastChange = k;
        }
      }
      int end = Math.min(script.size(), lastChange + CONTEXT + 1);
      appendHunk(out, script.subList(Math.max(0, i - CONTEXT), end));
      i = end;
    }
    return out.toString();
  }

  private static void appendHunk(StringBuilder out, List<Line> hunk) {
    int oldStart = 0;
    int newStart = 0;
    int oldCount = 0;
    int newCount = 0;
    for (Line line : hunk) {
      if (line.kind() != '+') {
        oldStart = oldStart == 0 ? line.oldNumber() : oldStart;
        oldCount++;
      }
      if (line.kind() != '-') {
        newStart = newStart == 0 ? line.newNumber() : newStart;
        newCount++;
      }
    }
    out.append("@@ -")
        .append(range(oldStart, oldCount, hunk, true))
        .append(" +")
        .append(range(newStart, newCount, hunk, false))
        .append(" @@\n");
    for (Line line : hunk) {
      out.append(line.kind()).append(line.text()).append('\n');
    }
  }

  /** {@code start,count}, where an empty side names the line before it, as diff does. */
  private static String range(int start, int count, List<Line> hunk, boolean old) {
    if (count == 0) {
      Line first = hunk.get(0);
      int before = (old ? first.oldNumber() : first.newNumber()) - 1;
      return Math.max(0, before) + ",0";
    }
    return count == 1 ? String.valueOf(start) : start + "," + count;
  }

  private static List<Line> script(List<String> a, List<String> b) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix
        && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<Line> script = new ArrayList<>();
    for (int k = 0; k < prefix; k++) {
      script.add(new Line(' ', a.get(k), k + 1, k + 1));
    }
    middle(
        a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), prefix, script);
    for (int k = suffix; k > 0; k--) {
      int ai = a.size() - k;
      int bi = b.size() - k;
      script.add(new Line(' ', a.get(ai), ai + 1, bi + 1));
    }
    return script;
  }

  private static void middle(List<String> a, List<String> b, int offset, List<Line> script) {
    int n = a.size();
    int m = b.size();
    if ((long) n * m > MAX_TABLE_CELLS) {
      for (int i = 0; i < n; i++) {
        script.add(new Line('-', a.get(i), offset + i + 1, offset + 1));
      }
      for (int j = 0; j < m; j++) {
        script.add(new Line('+', b.get(j), offset + n + 1, offset + j + 1));
      }
      return;
    }
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).equals(b.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        script.add(new Line(' ', a.get(i), offset + i + 1, offset + j + 1));
        i++;
        j++;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        script.add(new Line('-', a.get(i), offset + i + 1, offset + j + 1));
        i++;
      } else {
        script.add(new Line('+', b.get(j), offset + i + 1, offset + j + 1));
        j++;
      }
    }
  }

  /** The lines without their breaks; a last line without a break is marked as diff marks it. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, k));
        if (c == '\r' && k + 1 < text.length() && text.charAt(k + 1) == '\n') {
          k++;
        }
        start = k + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start) + "\n\\ No newline at end of file");
    }
    return lines;
  }
}
