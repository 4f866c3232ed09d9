package io.github.qbanklint.rules.answers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which of a set of distinct question keys are nearly the same: the Jaccard similarity of their
 * character 3-gram sets is at least a threshold. Every such pair is found (a set similarity join
 * with prefix filtering): with the 3-grams of every key ordered rarest first, two keys that similar
 * share one of the first few 3-grams of each, so only keys sharing one of those are measured, and
 * only when their sizes allow the threshold. The work grows with the number of keys, not with its
 * square. Keys shorter than five characters take no part: a few 3-grams make every similarity a
 * coarse step.
 */
final class NearDuplicates {
  /** A key that is nearly another: its index and their similarity. */
  record Similar(int other, double similarity) {}

  private static final int SHINGLE = 3;
  private static final int MIN_LENGTH = 5;

  /**
   * How many keys one of the rarest 3-grams gathers, and how many near duplicates a key keeps: a
   * bank of thousands of look-alike keys would otherwise cost its size squared. Past that many, a
   * look-alike is compared with the first of them only and names fewer of its near duplicates.
   */
  static final int LOOK_ALIKES = 64;

  /** Slack for the rounding of threshold × size, on the side that measures more pairs. */
  private static final double ROUNDING = 1e-9;

  private NearDuplicates() {}

  /** For each key, in order, the other keys at least {@code threshold} similar to it. */
  static List<List<Similar>> of(List<String> keys, double threshold) {
    int n = keys.size();
    List<List<Similar>> similar = new ArrayList<>(n);
    int[][] shingles = new int[n][];
    int total = 0;
    for (int i = 0; i < n; i++) {
      similar.add(new ArrayList<>());
      String key = keys.get(i);
      if (key.codePointCount(0, key.length()) >= MIN_LENGTH) {
        shingles[i] = shingles(key);
        total += shingles[i].length;
      }
    }
    int[] counts = counts(shingles, total);
    long[][] rarestFirst = new long[n][];
    for (int i = 0; i < n; i++) {
      if (shingles[i] != null) {
        rarestFirst[i] = rarestFirst(shingles[i], counts);
      }
    }
    Postings postings = new Postings(n);
    int[] measuredBy = new int[n];
    Arrays.fill(measuredBy, -1);
    for (int x : bySize(rarestFirst)) {
      long[] set = rarestFirst[x];
      double smallest = threshold * set.length - ROUNDING;
      int prefix = set.length - (int) Math.ceil(threshold * set.length - ROUNDING) + 1;
      for (int p = 0; p < prefix; p++) {
        int token = (int) set[p];
        for (int e = postings.first(token); e >= 0; e = postings.next(e)) {
          int y = postings.key(e);
          if (measuredBy[y] != x && rarestFirst[y].length >= smallest) {
            measuredBy[y] = x;
            double s = jaccard(set, rarestFirst[y]);
            if (s >= threshold) {
              keep(similar.get(x), new Similar(y, s));
              keep(similar.get(y), new Similar(x, s));
            }
          }
        }
        postings.add(token, x);
      }
    }
    return similar;
  }

  /**
   * How often each 3-gram occurs, roughly: 3-grams share a counter when their hashes meet in a
   * table of a quarter as many counters as there are 3-grams (at most a million, so that it stays
   * in the processor's cache; exact counts of millions of distinct 3-grams cost a memory miss
   * each). The prefix filter is exact with any order of 3-grams that all keys share; counts only
   * make it fast, and a frequent 3-gram still counts far above the rare ones that share its
   * counter.
   */
  private static int[] counts(int[][] shingles, int total) {
    int size = Integer.highestOneBit(Math.max(1024, Math.min(1 << 20, total / 4)));
    int[] counts = new int[size];
    for (int[] set : shingles) {
      if (set != null) {
        for (int shingle : set) {
          counts[shingle & (size - 1)]++;
        }
      }
    }
    return counts;
  }

  private static void keep(List<Similar> near, Similar s) {
    if (near.size() < LOOK_ALIKES) {
      near.add(s);
    }
  }

  /**
   * The key's distinct 3-grams in the order the prefix filter needs, one order for all keys: the
   * rarest first (the count of its counter, then the 3-gram's hash), each as that count and hash in
   * a long.
   */
  private static long[] rarestFirst(int[] shingles, int[] counts) {
    long[] ordered = new long[shingles.length];
    for (int i = 0; i < shingles.length; i++) {
      int shingle = shingles[i];
      ordered[i] = (long) counts[shingle & (counts.length - 1)] << 32 | (shingle & 0xFFFFFFFFL);
    }
    Arrays.sort(ordered);
    int distinct = 0;
    for (int i = 0; i < ordered.length; i++) {
      if (i == 0 || ordered[i] != ordered[i - 1]) {
        ordered[distinct++] = ordered[i];
      }
    }
    return distinct == ordered.length ? ordered : Arrays.copyOf(ordered, distinct);
  }

  /** The indices of the keys that take part, smallest 3-gram set first, then by index. */
  private static int[] bySize(long[][] sets) {
    int largest = 0;
    int count = 0;
    for (long[] set : sets) {
      if (set != null) {
        largest = Math.max(largest, set.length);
        count++;
      }
    }
    int[] starts = new int[largest + 2];
    for (long[] set : sets) {
      if (set != null) {
        starts[set.length + 1]++;
      }
    }
    for (int size = 1; size < starts.length; size++) {
      starts[size] += starts[size - 1];
    }
    int[] order = new int[count];
    for (int i = 0; i < sets.length; i++) {
      if (sets[i] != null) {
        order[starts[sets[i].length]++] = i;
      }
    }
    return order;
  }

  /** The hashes of the key's 3-grams of code points, in order, repeats included. */
  private static int[] shingles(String key) {
    int[] cps = new int[key.length()];
    int length = 0;
    for (int i = 0; i < key.length(); ) {
      int cp = key.codePointAt(i);
      cps[length++] = cp;
      i += Character.charCount(cp);
    }
    int[] hashes = new int[length - SHINGLE + 1];
    for (int i = 0; i < hashes.length; i++) {
      long h = 0;
      for (int k = 0; k < SHINGLE; k++) {
        h = h * 0x110000L + cps[i + k];
      }
      hashes[i] = (int) mix(h);
    }
    return hashes;
  }

  /** |A ∩ B| / |A ∪ B| of two sets sorted in one order. */
  private static double jaccard(long[] a, long[] b) {
    int common = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  /** SplitMix64's finaliser: a cheap hash whose output bits all depend on every input bit. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * For each 3-gram, the keys indexed under it, the latest first, up to {@link #LOOK_ALIKES}: lists
   * linked through arrays (each entry knows the length of the list it starts) rather than a list
   * object per 3-gram.
   */
  private static final class Postings {
    private final IntTable firsts; // entry + 1
    private int[] keys;
    private int[] nexts;
    private int[] lengths;
    private int entries;

    Postings(int keyCount) {
      firsts = new IntTable(2 * keyCount);
      keys = new int[Math.max(16, 2 * keyCount)];
      nexts = new int[keys.length];
      lengths = new int[keys.length];
    }

    int first(int token) {
      return firsts.get(token) - 1;
    }

    int next(int entry) {
      return nexts[entry];
    }

    int key(int entry) {
      return keys[entry];
    }

    void add(int token, int key) {
      int first = first(token);
      int length = first < 0 ? 0 : lengths[first];
      if (length == LOOK_ALIKES) {
        return;
      }
      if (entries == keys.length) {
        keys = Arrays.copyOf(keys, entries * 2);
        nexts = Arrays.copyOf(nexts, entries * 2);
        lengths = Arrays.copyOf(lengths, entries * 2);
      }
      keys[entries] = key;
      nexts[entries] = first;
      lengths[entries] = length + 1;
      firsts.put(token, entries + 1);
      entries++;
    }
  }
}
