package io.github.qbanklint.core.document;

import java.util.Arrays;

/**
 * Maps UTF-16 offsets in a text to 1-based lines and 1-based columns counted in Unicode code
 * points, and back. A line ends at {@code \n}, {@code \r\n} or a lone {@code \r}. A tab is one
 * column.
 */
public final class LineIndex {
  private final String text;
  private final int[] lineStarts;

  /**
   * How far into its line a column is counted character by character; past that, through {@link
   * #pairedLowSurrogates}, which then costs a scan of the whole text once.
   */
  private static final int COUNTED = 1024;

  /**
   * Indexes of low surrogates that complete a pair, sorted: the UTF-16 units that add no column.
   * Found on first use: most files, whose lines are short, never need them.
   */
  private volatile int[] pairedLowSurrogates;

  public LineIndex(String text) {
    this.text = text;
    // Most files have no CR: String.indexOf is an intrinsic, far cheaper than a charAt loop.
    this.lineStarts = text.indexOf('\r') < 0 ? lfLineStarts(text) : anyLineStarts(text);
  }

  private static int[] lfLineStarts(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = i + 1;
    }
    return Arrays.copyOf(starts, count);
  }

  private static int[] anyLineStarts(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && !nextIsLf(text, i))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  private static boolean nextIsLf(String text, int i) {
    return i + 1 < text.length() && text.charAt(i + 1) == '\n';
  }

  private int[] pairedLowSurrogates() {
    int[] lows = pairedLowSurrogates;
    if (lows == null) {
      lows = findPairedLowSurrogates(text);
      pairedLowSurrogates = lows; // a race only computes the same array twice
    }
    return lows;
  }

  private static int[] findPairedLowSurrogates(String text) {
    char[] chars = text.toCharArray();
    int[] lows = new int[0];
    int count = 0;
    for (int i = 1; i < chars.length; i++) {
      if (Character.isLowSurrogate(chars[i]) && Character.isHighSurrogate(chars[i - 1])) {
        if (count == lows.length) {
          lows = Arrays.copyOf(lows, Math.max(16, count * 2));
        }
        lows[count++] = i;
      }
    }
    return Arrays.copyOf(lows, count);
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** The 1-based line holding {@code offset}; an offset at the end of the text is on the last. */
  public int line(int offset) {
    checkOffset(offset);
    int found = Arrays.binarySearch(lineStarts, offset);
    return found >= 0 ? found + 1 : -found - 1;
  }

  /**
   * The 1-based code-point column of {@code offset}, as {@code codePointCount} from the line start
   * would give it, but in logarithmic time: a 10 MB line with many findings must not cost a scan of
   * the line per finding.
   */
  public int column(int offset) {
    int start = lineStart(line(offset));
    if (offset - start <= COUNTED) {
      return text.codePointCount(start, offset) + 1;
    }
    int pairsBefore = insertionPoint(offset) - insertionPoint(start + 1);
    return offset - start - Math.max(0, pairsBefore) + 1;
  }

  /** How many paired low surrogates lie before index {@code index}. */
  private int insertionPoint(int index) {
    int found = Arrays.binarySearch(pairedLowSurrogates(), index);
    return found >= 0 ? found : -found - 1;
  }

  /** The offset of the first character of a 1-based line. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /** The offset just past the last character of a 1-based line, before its line break. */
  public int lineEnd(int line) {
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    if (end > lineStart(line) && end <= text.length() && text.charAt(end - 1) == '\n') {
      end--;
    }
    if (end > lineStart(line) && text.charAt(end - 1) == '\r') {
      end--;
    }
    return end;
  }

  /** The text of a 1-based line without its line break. */
  public String lineText(int line) {
    return text.substring(lineStart(line), lineEnd(line));
  }

  /** The offset of a 1-based line and code-point column; clamped to the line's end. */
  public int offset(int line, int column) {
    int start = lineStart(line);
    int end = lineEnd(line);
    int offset = start;
    for (int c = 1; c < column && offset < end; c++) {
      offset += Character.charCount(text.codePointAt(offset));
    }
    return offset;
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IndexOutOfBoundsException(
          "offset " + offset + " outside text of length " + text.length());
    }
  }
}
