package io.github.qbanklint.core.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The one suggester for every name a user types: commands, options, formats, rule ids, config keys
 * and their values. It suggests a known name only when the mistake looks like a typo: the same name
 * in other letter case, the start of exactly one name ({@code warn} for {@code warning}), or a few
 * edits away, where a swap of neighbours counts as one edit ({@code fromat} for {@code format}).
 * Short names allow fewer edits, so that {@code ab} never becomes {@code fix}.
 */
public final class DidYouMean {
  /** A prefix shorter than this suggests nothing: {@code i} could be anything. */
  private static final int MIN_PREFIX = 3;

  private DidYouMean() {}

  /** The known name {@code typed} most likely meant, if one is close enough. */
  public static Optional<String> closest(String typed, Collection<String> known) {
    String wanted = typed.toLowerCase(Locale.ROOT);
    for (String candidate : known) {
      if (candidate.equalsIgnoreCase(typed) && !candidate.equals(typed)) {
        return Optional.of(candidate);
      }
    }
    int allowed = allowedEdits(wanted.length());
    String best = null;
    int bestDistance = allowed + 1;
    for (String candidate : known) {
      String lowered = candidate.toLowerCase(Locale.ROOT);
      if (Math.abs(lowered.length() - wanted.length()) >= bestDistance) {
        continue;
      }
      int distance = distance(wanted, lowered, bestDistance);
      // An edit for every other letter is a different word, however short the names are.
      if (distance < bestDistance && distance * 2 < lowered.length()) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best != null ? Optional.of(best) : onlyExtension(wanted, known);
  }

  /**
   * {@code "; did you mean 'check'?"} when a known name is close to {@code typed}, else the empty
   * string: the tail of a message that already says what is wrong.
   */
  public static String hint(String typed, Collection<String> known) {
    return closest(typed, known).map(name -> "; did you mean '" + name + "'?").orElse("");
  }

  /** Edits a name of {@code length} characters may differ by and still read as a typo of it. */
  static int allowedEdits(int length) {
    if (length < 3) {
      return 0;
    }
    if (length < 6) {
      return 1;
    }
    return length < 12 ? 2 : 3;
  }

  /** The one known name that starts with {@code wanted}, when {@code wanted} is long enough. */
  private static Optional<String> onlyExtension(String wanted, Collection<String> known) {
    if (wanted.length() < MIN_PREFIX) {
      return Optional.empty();
    }
    String found = null;
    for (String candidate : known) {
      if (candidate.toLowerCase(Locale.ROOT).startsWith(wanted)) {
        if (found != null) {
          return Optional.empty();
        }
        found = candidate;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Optimal string alignment distance (Damerau-Levenshtein where a swap of neighbours counts as one
   * edit), or {@code cap} as soon as it is known to be at least {@code cap}.
   */
  static int distance(String a, String b, int cap) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[][] d = new int[x.length + 1][y.length + 1];
    for (int j = 0; j <= y.length; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      d[i][0] = i;
      int rowMinimum = i;
      for (int j = 1; j <= y.length; j++) {
        int cost = x[i - 1] == y[j - 1] ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMinimum = Math.min(rowMinimum, v);
      }
      if (rowMinimum >= cap) {
        return cap;
      }
    }
    return Math.min(d[x.length][y.length], cap);
  }
}
