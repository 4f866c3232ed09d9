package io.github.qbanklint.rules.toc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Aligns two sequences (TOC entries and headings) as a diff does, so that one missing or extra item
 * never shifts the items after it.
 *
 * <p>First the longest common subsequence of items that are {@linkplain Scorer#same the same} is
 * found from the pairs that are the same ({@link CommonSubsequence}). Then each gap between those
 * matches is aligned by an edit-distance table whose substitution cost comes from {@linkplain
 * Scorer#cost text similarity}, so renamed items pair up instead of becoming one missing and one
 * extra. Gap tables larger than {@link #MAX_GAP_CELLS} are restricted to a band around the
 * diagonal, so memory stays bounded whatever the input; once the gaps of one alignment have used
 * {@link #MAX_ALIGNMENT_CELLS}, each further gap gets the narrowest band that still joins its
 * corners, so that time stays linear in the number of items (each cell compares two texts).
 */
final class TocAligner {
  /** Cost of leaving an item unpaired; a substitution must cost less than two of these. */
  static final double UNPAIRED = 1.0;

  static final double FORBIDDEN = Double.POSITIVE_INFINITY;
  static final int MAX_GAP_CELLS = 1 << 18;
  static final long MAX_ALIGNMENT_CELLS = 1 << 19;

  private static final byte DIAGONAL = 1;
  private static final byte UP = 2;
  private static final byte LEFT = 3;

  /** What the aligner knows of two items {@code a[i]} and {@code b[j]}. */
  interface Scorer {
    /** Whether the two are certainly the same item (equal keys or equal anchors). */
    boolean same(int i, int j);

    /** Every {@code j} for which {@link #same same(i, j)} holds, in ascending order. */
    int[] sameAs(int i);

    /** The cost of pairing the two: 0 for a perfect pair, {@link #FORBIDDEN} for unrelated. */
    double cost(int i, int j);
  }

  /** One step of an alignment: a pair, or an item of one side alone ({@code -1} on the other). */
  record Pair(int a, int b) {
    boolean paired() {
      return a >= 0 && b >= 0;
    }
  }

  private final Scorer scorer;
  private long cellsLeft = MAX_ALIGNMENT_CELLS;

  private TocAligner(Scorer scorer) {
    this.scorer = scorer;
  }

  /** The alignment of {@code a[0..n)} with {@code b[0..m)}, in order. */
  static List<Pair> align(int n, int m, Scorer scorer) {
    TocAligner aligner = new TocAligner(scorer);
    List<Pair> anchors = aligner.commonSubsequence(n, m);
    List<Pair> result = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (Pair anchor : anchors) {
      aligner.alignGap(i, anchor.a(), j, anchor.b(), result);
      result.add(anchor);
      i = anchor.a() + 1;
      j = anchor.b() + 1;
    }
    aligner.alignGap(i, n, j, m, result);
    return result;
  }

  /**
   * The pairs of a longest common subsequence of a[0..n) and b[0..m): the same items at both ends
   * first, then {@link CommonSubsequence} between them.
   */
  private List<Pair> commonSubsequence(int n, int m) {
    int a0 = 0;
    int a1 = n;
    int b0 = 0;
    int b1 = m;
    List<Pair> out = new ArrayList<>();
    while (a0 < a1 && b0 < b1 && scorer.same(a0, b0)) {
      out.add(new Pair(a0++, b0++));
    }
    List<Pair> tail = new ArrayList<>();
    while (a0 < a1 && b0 < b1 && scorer.same(a1 - 1, b1 - 1)) {
      tail.add(new Pair(--a1, --b1));
    }
    if (a0 < a1 && b0 < b1) {
      out.addAll(CommonSubsequence.of(a0, a1, b0, b1, scorer));
    }
    Collections.reverse(tail);
    out.addAll(tail);
    return out;
  }

  /** Aligns a gap between two common items by weighted edit distance, within a diagonal band. */
  private void alignGap(int a0, int a1, int b0, int b1, List<Pair> out) {
    int n = a1 - a0;
    int m = b1 - b0;
    if (n == 0 || m == 0) {
      for (int i = a0; i < a1; i++) {
        out.add(new Pair(i, -1));
      }
      for (int j = b0; j < b1; j++) {
        out.add(new Pair(-1, j));
      }
      return;
    }
    // A band as wide as the diagonal's step from one row to the next keeps every row reachable.
    int step = (m + n - 1) / n;
    long allowed = Math.min(MAX_GAP_CELLS, Math.max(0, cellsLeft));
    int halfBand = (int) Math.min(m, Math.max(step, allowed / (n + 1) / 2));
    int[] lo = new int[n + 1];
    int[] hi = new int[n + 1];
    byte[][] moves = new byte[n + 1][];
    double[] previous = new double[m + 1];
    double[] current = new double[m + 1];
    for (int i = 0; i <= n; i++) {
      int centre = (int) ((long) i * m / n);
      lo[i] = Math.max(0, centre - halfBand);
      hi[i] = Math.min(m, centre + halfBand);
      moves[i] = new byte[hi[i] - lo[i] + 1];
      cellsLeft -= moves[i].length;
      for (int j = lo[i]; j <= hi[i]; j++) {
        double best;
        byte move;
        if (i == 0 && j == 0) {
          best = 0;
          move = 0;
        } else {
          best = FORBIDDEN;
          move = 0;
          if (i > 0 && j > 0 && inBand(lo, hi, i - 1, j - 1)) {
            double c = previous[j - 1] + scorer.cost(a0 + i - 1, b0 + j - 1);
            if (c < best) {
              best = c;
              move = DIAGONAL;
            }
          }
          if (i > 0 && inBand(lo, hi, i - 1, j) && previous[j] + UNPAIRED < best) {
            best = previous[j] + UNPAIRED;
            move = UP;
          }
          if (j > lo[i] && current[j - 1] + UNPAIRED < best) {
            best = current[j - 1] + UNPAIRED;
            move = LEFT;
          }
        }
        current[j] = best;
        moves[i][j - lo[i]] = move;
      }
      double[] swap = previous;
      previous = current;
      current = swap;
    }
    List<Pair> reversed = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      byte move = moves[i][j - lo[i]];
      if (move == DIAGONAL) {
        reversed.add(new Pair(a0 + --i, b0 + --j));
      } else if (move == UP) {
        reversed.add(new Pair(a0 + --i, -1));
      } else {
        reversed.add(new Pair(-1, b0 + --j));
      }
    }
    for (int k = reversed.size() - 1; k >= 0; k--) {
      out.add(reversed.get(k));
    }
  }

  private static boolean inBand(int[] lo, int[] hi, int i, int j) {
    return j >= lo[i] && j <= hi[i];
  }
}
