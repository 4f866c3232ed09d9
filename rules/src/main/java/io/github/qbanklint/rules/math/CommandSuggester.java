package io.github.qbanklint.rules.math;

import java.util.Collection;
import java.util.Optional;

/** The closest known name to a misspelt one, by edit distance ({@code \alpah} → {@code \alpha}). */
final class CommandSuggester {
  private CommandSuggester() {}

  static Optional<String> closest(String unknown, Collection<String> known) {
    int limit = Math.max(1, Math.min(3, unknown.length() / 3));
    String best = null;
    int bestDistance = limit + 1;
    for (String candidate : known) {
      // Only a candidate that cannot even tie is skipped unread: ties go to the first in sorted
      // order whatever order the names come in (a Set.of's order changes from run to run).
      if (Math.abs(candidate.length() - unknown.length()) > bestDistance) {
        continue;
      }
      int d = distance(unknown, candidate, bestDistance);
      if (d < bestDistance
          || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(bestDistance <= limit ? best : null);
  }

  /**
   * Optimal string alignment distance (a swap of neighbours counts once), capped at {@code cap}.
   */
  static int distance(String a, String b, int cap) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > cap) {
        return cap + 1;
      }
    }
    return d[a.length()][b.length()];
  }
}
