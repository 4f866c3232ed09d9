package io.github.qbanklint.rules.toc;

import java.util.Arrays;
import java.util.List;

/**
 * A longest common subsequence of two sequences from their matching pairs, by Hunt and Szymanski's
 * algorithm: time grows with the number of pairs that are {@linkplain TocAligner.Scorer#same the
 * same} (about one per entry in a real table), not with the product of the lengths, which made a
 * table of 35,000 entries take ten seconds.
 *
 * <p>Time and memory are bounded by {@link #MAX_MATCHES}: when an item is the same as more items of
 * the other side than its share of that bound (a heading text repeated thousands of times in a huge
 * table), only a window of them around its place on the diagonal is considered.
 */
final class CommonSubsequence {
  static final int MAX_MATCHES = 1 << 22;

  private final TocAligner.Scorer scorer;
  // The chains of pairs found so far, one node per pair: a[node], b[node] and the node before it.
  private int[] nodeA = new int[16];
  private int[] nodeB = new int[16];
  private int[] nodeBefore = new int[16];
  private int nodes;

  private CommonSubsequence(TocAligner.Scorer scorer) {
    this.scorer = scorer;
  }

  /** The pairs of a longest common subsequence of a[a0..a1) and b[b0..b1), in order. */
  static List<TocAligner.Pair> of(int a0, int a1, int b0, int b1, TocAligner.Scorer scorer) {
    return new CommonSubsequence(scorer).find(a0, a1, b0, b1);
  }

  private List<TocAligner.Pair> find(int a0, int a1, int b0, int b1) {
    int capacity = Math.min(a1 - a0, b1 - b0);
    // smallest[k]: the smallest b that ends a common subsequence of length k + 1 seen so far, and
    // last[k] the node of that pair.
    int[] smallest = new int[capacity];
    int[] last = new int[capacity];
    int length = 0;
    int perItem = Math.max(1, MAX_MATCHES / Math.max(1, a1 - a0));
    for (int i = a0; i < a1 && capacity > 0; i++) {
      int[] same = scorer.sameAs(i);
      int from = lowerBound(same, 0, same.length, b0);
      int to = lowerBound(same, from, same.length, b1);
      if (to - from > perItem) {
        from = nearestWindow(same, from, to, perItem, diagonal(i, a0, a1, b0, b1));
        to = from + perItem;
      }
      // From the largest b down, so that two pairs of the same a never extend each other.
      for (int x = to - 1; x >= from; x--) {
        int j = same[x];
        int k = lowerBound(smallest, 0, length, j);
        if (k == length || smallest[k] > j) {
          smallest[k] = j;
          last[k] = node(i, j, k == 0 ? -1 : last[k - 1]);
          length = Math.max(length, k + 1);
        }
      }
    }
    TocAligner.Pair[] pairs = new TocAligner.Pair[length];
    for (int k = length - 1, n = length == 0 ? -1 : last[length - 1]; k >= 0; k--) {
      pairs[k] = new TocAligner.Pair(nodeA[n], nodeB[n]);
      n = nodeBefore[n];
    }
    return Arrays.asList(pairs);
  }

  private int node(int a, int b, int before) {
    if (nodes == nodeA.length) {
      nodeA = Arrays.copyOf(nodeA, nodes * 2);
      nodeB = Arrays.copyOf(nodeB, nodes * 2);
      nodeBefore = Arrays.copyOf(nodeBefore, nodes * 2);
    }
    nodeA[nodes] = a;
    nodeB[nodes] = b;
    nodeBefore[nodes] = before;
    return nodes++;
  }

  /** Where a[i] would be on b if the two sides ran in step. */
  private static int diagonal(int i, int a0, int a1, int b0, int b1) {
    return b0 + (int) ((long) (i - a0) * (b1 - b0) / (a1 - a0));
  }

  /** The start of the {@code size} values of sorted[from..to) nearest to {@code centre}. */
  private static int nearestWindow(int[] sorted, int from, int to, int size, int centre) {
    int start = lowerBound(sorted, from, to, centre) - size / 2;
    return Math.max(from, Math.min(start, to - size));
  }

  /** The first index in sorted[from..to) whose value is at least {@code value}, else {@code to}. */
  private static int lowerBound(int[] sorted, int from, int to, int value) {
    int low = from;
    int high = to;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
