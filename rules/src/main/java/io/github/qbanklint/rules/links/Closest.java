package io.github.qbanklint.rules.links;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The closest of a set of names to a misspelt one, by edit distance over code points. A name is
 * lower-cased and split into code points once, however many misspellings are looked up, and only
 * when its length does not already rule it out: a file's anchors are many, and a look-up reads few.
 */
final class Closest {
  /** The one character whose lower case is longer: İ becomes i and a combining dot above. */
  private static final char DOTTED_CAPITAL_I = '\u0130';

  private final String[] names;
  private final int[] lengths;
  private final int[][] lowered;
  private long work;

  Closest(Collection<String> candidates) {
    names = candidates.toArray(String[]::new);
    lengths = new int[names.length];
    for (int k = 0; k < names.length; k++) {
      lengths[k] = loweredLength(names[k]);
    }
    lowered = new int[names.length][];
  }

  /** The number of code points of {@code name} lower-cased, without lower-casing it. */
  static int loweredLength(String name) {
    int length = name.codePointCount(0, name.length());
    for (int at = name.indexOf(DOTTED_CAPITAL_I);
        at >= 0;
        at = name.indexOf(DOTTED_CAPITAL_I, at + 1)) {
      length++;
    }
    return length;
  }

  /**
   * The code points of {@code name} lower-cased, in a plain loop: a workspace with thousands of
   * files of broken anchors splits every anchor name, and a code point stream costs several times
   * as much under the launcher's C1-only compiler.
   */
  private static int[] loweredCodePoints(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int[] codePoints = new int[lower.codePointCount(0, lower.length())];
    for (int i = 0, k = 0; k < codePoints.length; k++) {
      codePoints[k] = lower.codePointAt(i);
      i += Character.charCount(codePoints[k]);
    }
    return codePoints;
  }

  /** The work of every look-up so far: names read plus edit-distance cells computed. */
  long work() {
    return work;
  }

  /**
   * The name nearest to {@code wanted}: one that differs only in letter case first, else the one
   * with the fewest edits, when those edits are few enough to look like a typo.
   */
  Optional<String> to(String wanted) {
    int[] target = loweredCodePoints(wanted);
    int allowed = Math.max(2, wanted.codePointCount(0, wanted.length()) / 3);
    String best = null;
    int bestDistance = allowed;
    work += names.length;
    for (int k = 0; k < names.length; k++) {
      String candidate = names[k];
      if (candidate.equalsIgnoreCase(wanted)) {
        return Optional.of(candidate);
      }
      // The length difference is a lower bound on the distance: skip hopeless candidates unread.
      if (Math.abs(lengths[k] - target.length) > bestDistance) {
        continue;
      }
      if (lowered[k] == null) {
        lowered[k] = loweredCodePoints(candidate);
      }
      int distance = distance(target, lowered[k], bestDistance);
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
  private int distance(int[] x, int[] y, int limit) {
    int[] previous = new int[y.length + 1];
    int[] current = new int[y.length + 1];
    for (int j = 0; j <= y.length; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      work += y.length;
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
