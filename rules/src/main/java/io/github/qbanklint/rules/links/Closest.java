package io.github.qbanklint.rules.links;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The closest candidate to a misspelt name, by edit distance over code points. */
final class Closest {
  private Closest() {}

  /**
   * The candidate nearest to {@code wanted}: one that differs only in letter case first, else the
   * one with the fewest edits, when those edits are few enough to look like a typo.
   */
  static Optional<String> to(String wanted, Collection<String> candidates) {
    int[] target = wanted.toLowerCase(Locale.ROOT).codePoints().toArray();
    int allowed = Math.max(2, wanted.codePointCount(0, wanted.length()) / 3);
    String best = null;
    int bestDistance = allowed;
    for (String candidate : candidates) {
      if (candidate.equalsIgnoreCase(wanted)) {
        return Optional.of(candidate);
      }
      String lower = candidate.toLowerCase(Locale.ROOT);
      // The length difference is a lower bound on the distance: skip hopeless candidates unread.
      if (Math.abs(lower.codePointCount(0, lower.length()) - target.length) > bestDistance) {
        continue;
      }
      int distance = distance(target, lower.codePoints().toArray(), bestDistance);
      if (distance < bestDistance
          || (distance == bestDistance && (best == null || candidate.compareTo(best) < 0))) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Levenshtein distance between two code point sequences, or {@code limit + 1} as soon as it is
   * known to exceed {@code limit}.
   */
  private static int distance(int[] x, int[] y, int limit) {
    int[] previous = new int[y.length + 1];
    int[] current = new int[y.length + 1];
    for (int j = 0; j <= y.length; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      current[0] = i;
      int rowMinimum = i;
      for (int j = 1; j <= y.length; j++) {
        int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
        rowMinimum = Math.min(rowMinimum, current[j]);
      }
      if (rowMinimum > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[y.length], limit + 1);
  }
}
