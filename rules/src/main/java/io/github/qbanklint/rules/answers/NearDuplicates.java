package io.github.qbanklint.rules.answers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of a set of distinct question keys are nearly the same: the Jaccard similarity of their
 * character 3-gram sets is at least a threshold. Candidates come from MinHash signatures banded for
 * locality-sensitive hashing, so the work grows with the number of keys, not with its square; each
 * candidate pair is then measured exactly. Keys shorter than five characters take no part: a few
 * 3-grams make every similarity a coarse step.
 */
final class NearDuplicates {
  /** A key that is nearly another: its index and their similarity. */
  record Similar(int other, double similarity) {}

  private static final int HASHES = 64;
  private static final int SHINGLE = 3;
  private static final int MIN_LENGTH = 5;

  /**
   * Pairs compared per bucket member at most: a bucket of thousands of look-alike keys would
   * otherwise cost its size squared. Near duplicates past that many in one bucket are not named.
   */
  private static final int BUCKET_NEIGHBOURS = 32;

  private static final long[] SEEDS = seeds();

  /** Keys are numbered in the low 24 bits of a packed long: up to 16 million distinct titles. */
  private static final int INDEX_BITS = 24;

  private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

  private NearDuplicates() {}

  /**
   * For each key, in order, the other keys at least {@code threshold} similar to it.
   *
   * @throws IllegalArgumentException for more than 16 million keys
   */
  static List<List<Similar>> of(List<String> keys, double threshold) {
    if (keys.size() > INDEX_MASK) {
      throw new IllegalArgumentException(
          "more than " + INDEX_MASK + " distinct questions to compare for near duplicates");
    }
    List<List<Similar>> similar = new ArrayList<>();
    keys.forEach(k -> similar.add(new ArrayList<>()));
    int[][] shingles = new int[keys.size()][];
    int[][] signatures = new int[keys.size()][];
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).codePointCount(0, keys.get(i).length()) >= MIN_LENGTH) {
        shingles[i] = shingles(keys.get(i));
        signatures[i] = signature(shingles[i]);
      }
    }
    int rows = rowsPerBand(threshold);
    Set<Long> compared = new HashSet<>();
    for (int band = 0; band + rows <= HASHES; band += rows) {
      for (List<Integer> bucket : buckets(signatures, band, rows)) {
        for (int a = 0; a < bucket.size(); a++) {
          for (int b = a + 1; b < bucket.size() && b <= a + BUCKET_NEIGHBOURS; b++) {
            int i = bucket.get(a);
            int j = bucket.get(b);
            if (compared.add((long) i << 32 | j)) {
              double s = jaccard(shingles[i], shingles[j]);
              if (s >= threshold) {
                similar.get(i).add(new Similar(j, s));
                similar.get(j).add(new Similar(i, s));
              }
            }
          }
        }
      }
    }
    return similar;
  }

  /**
   * The most rows per band, so the fewest chance collisions, that still make two keys of exactly
   * the threshold's similarity candidates in at least 99% of cases: 1 - (1 - t^r)^(64/r) >= 0.99.
   */
  static int rowsPerBand(double threshold) {
    int rows = 1;
    for (int r = 1; r <= HASHES; r++) {
      double bands = HASHES / r;
      if (1 - Math.pow(1 - Math.pow(threshold, r), bands) >= 0.99) {
        rows = r;
      }
    }
    return rows;
  }

  /**
   * The keys whose signatures agree on one band, grouped by a 40-bit hash of the band: each key's
   * hash and index packed in a long, the longs sorted, runs of one hash read off. A hash collision
   * only adds a candidate, which is measured like any other.
   */
  private static List<List<Integer>> buckets(int[][] signatures, int band, int rows) {
    long[] packed = new long[signatures.length];
    int n = 0;
    for (int i = 0; i < signatures.length; i++) {
      if (signatures[i] != null) {
        long h = band;
        for (int r = band; r < band + rows; r++) {
          h = mix(h * 31 + signatures[i][r]);
        }
        packed[n++] = h << INDEX_BITS | i;
      }
    }
    Arrays.sort(packed, 0, n);
    List<List<Integer>> buckets = new ArrayList<>();
    for (int from = 0, to; from < n; from = to) {
      to = from + 1;
      while (to < n && packed[to] >>> INDEX_BITS == packed[from] >>> INDEX_BITS) {
        to++;
      }
      if (to - from > 1) {
        List<Integer> bucket = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
          bucket.add((int) (packed[k] & INDEX_MASK));
        }
        buckets.add(bucket);
      }
    }
    return buckets;
  }

  /** The distinct hashes of the key's 3-grams of code points, sorted. */
  private static int[] shingles(String key) {
    int[] cps = key.codePoints().toArray();
    int[] hashes = new int[cps.length - SHINGLE + 1];
    for (int i = 0; i < hashes.length; i++) {
      long h = 0;
      for (int k = 0; k < SHINGLE; k++) {
        h = h * 0x110000L + cps[i + k];
      }
      hashes[i] = (int) mix(h);
    }
    return Arrays.stream(hashes).sorted().distinct().toArray();
  }

  private static int[] signature(int[] shingles) {
    int[] minima = new int[HASHES];
    Arrays.fill(minima, Integer.MAX_VALUE);
    for (int shingle : shingles) {
      for (int h = 0; h < HASHES; h++) {
        minima[h] = Math.min(minima[h], (int) mix(shingle ^ SEEDS[h]));
      }
    }
    return minima;
  }

  /** |A ∩ B| / |A ∪ B| of two sorted sets. */
  private static double jaccard(int[] a, int[] b) {
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

  private static long[] seeds() {
    long[] seeds = new long[HASHES];
    for (int h = 0; h < HASHES; h++) {
      seeds[h] = mix(0x9E3779B97F4A7C15L * (h + 1));
    }
    return seeds;
  }
}
