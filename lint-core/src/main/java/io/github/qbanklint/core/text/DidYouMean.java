package io.github.qbanklint.core.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * The one suggester for every name a user types: commands, options, formats, rule ids, config keys
 * and their values. It suggests known names only when the mistake looks like a typo or a part of
 * them: the same name in other letter case; a few edits away, where a swap of neighbours counts as
 * one edit ({@code fromat} for {@code format}); else the names that hold every word typed, whole,
 * as a word's start or a typo of it ({@code numbering} for {@code question-numbering} and {@code
 * section-numbering}, {@code warn} for {@code warning}). Short names allow fewer edits, so that
 * {@code ab} never becomes {@code fix}, and a word of fewer than three letters matches nothing.
 */
public final class DidYouMean {
  /** A word shorter than this suggests nothing: {@code i} could be anything. */
  private static final int MIN_WORD = 3;

  /** A shorter word is a typo of too many others ({@code foo} of {@code too}). */
  private static final int MIN_TYPO_WORD = 5;

  /** The most names one hint offers. */
  static final int MAX_SUGGESTIONS = 5;

  /** Between words: separators, and the start of a capital after a small letter (camelCase). */
  private static final Pattern WORD_BREAK =
      Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");

  private DidYouMean() {}

  /** The known names {@code typed} most likely meant, best first; empty when none is close. */
  public static List<String> suggestions(String typed, Collection<String> known) {
    for (String candidate : known) {
      if (candidate.equalsIgnoreCase(typed) && !candidate.equals(typed)) {
        return List.of(candidate);
      }
    }
    List<String> typos = fewestEdits(typed.toLowerCase(Locale.ROOT), known);
    return typos.isEmpty() ? holdingEveryWord(typed, known) : typos;
  }

  /** The one known name {@code typed} most likely meant, when exactly one is close enough. */
  public static Optional<String> closest(String typed, Collection<String> known) {
    List<String> found = suggestions(typed, known);
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * {@code "; did you mean 'check'?"} (or {@code 'a' or 'b'}) when known names are close to {@code
   * typed}, else the empty string: the tail of a message that already says what is wrong.
   */
  public static String hint(String typed, Collection<String> known) {
    return hint(suggestions(typed, known));
  }

  /** The tail of a message offering {@code names}; empty when there is none. */
  public static String hint(List<String> names) {
    if (names.isEmpty()) {
      return "";
    }
    List<String> quoted = names.stream().map(n -> "'" + n + "'").toList();
    String last = quoted.get(quoted.size() - 1);
    String list =
        quoted.size() == 1
            ? last
            : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + last;
    return "; did you mean " + list + "?";
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

  /** The names fewest edits away from {@code wanted}, if that is few enough to be a typo. */
  private static List<String> fewestEdits(String wanted, Collection<String> known) {
    int allowed = allowedEdits(wanted.length());
    List<String> best = new ArrayList<>();
    int bestDistance = allowed + 1;
    for (String candidate : known) {
      int distance = typoDistance(wanted, candidate.toLowerCase(Locale.ROOT), allowed);
      if (distance > allowed) {
        continue;
      }
      if (distance < bestDistance) {
        best.clear();
        bestDistance = distance;
      }
      if (distance == bestDistance) {
        best.add(candidate);
      }
    }
    return atMostAFew(best.stream().sorted().toList());
  }

  /**
   * The edits from {@code typed} to {@code known}, or {@code allowed + 1} when they are more than
   * {@code allowed} or an edit for every other letter (a different word, however short).
   */
  private static int typoDistance(String typed, String known, int allowed) {
    if (Math.abs(known.length() - typed.length()) > allowed) {
      return allowed + 1;
    }
    int distance = distance(typed, known, allowed + 1);
    return distance * 2 < known.length() ? distance : allowed + 1;
  }

  /**
   * The names that hold every word of {@code typed} of at least three letters (and {@code typed}
   * has one), those with the fewest other words first: as whole words, starts ({@code num}) or
   * plurals ({@code answers}) of theirs, else as typos of them ({@code anwser}).
   */
  private static List<String> holdingEveryWord(String typed, Collection<String> known) {
    List<String> wanted = words(typed).stream().filter(w -> w.length() >= MIN_WORD).toList();
    if (wanted.isEmpty()) {
      return List.of();
    }
    List<String> found = holdingEveryWord(wanted, known, DidYouMean::startsOrExtends);
    return found.isEmpty() ? holdingEveryWord(wanted, known, DidYouMean::isTypo) : found;
  }

  private static List<String> holdingEveryWord(
      List<String> wanted, Collection<String> known, BiPredicate<String, String> sameWord) {
    record Match(String name, int otherWords) {}
    List<Match> matches = new ArrayList<>();
    for (String candidate : known) {
      List<String> words = words(candidate);
      if (wanted.stream().allMatch(w -> words.stream().anyMatch(k -> sameWord.test(w, k)))) {
        matches.add(new Match(candidate, words.size() - wanted.size()));
      }
    }
    return atMostAFew(
        matches.stream()
            .sorted(Comparator.comparingInt(Match::otherWords).thenComparing(Match::name))
            .map(Match::name)
            .toList());
  }

  private static boolean startsOrExtends(String typed, String known) {
    return known.startsWith(typed) || (known.length() > MIN_WORD && typed.startsWith(known));
  }

  private static boolean isTypo(String typed, String known) {
    if (typed.length() < MIN_TYPO_WORD) {
      return false;
    }
    int allowed = allowedEdits(typed.length());
    return typoDistance(typed, known, allowed) <= allowed;
  }

  /** More names than a few would be a list of everything, not a suggestion. */
  private static List<String> atMostAFew(List<String> names) {
    return names.size() > MAX_SUGGESTIONS ? List.of() : names;
  }

  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String word : WORD_BREAK.split(name)) {
      if (!word.isEmpty()) {
        words.add(word.toLowerCase(Locale.ROOT));
      }
    }
    return words;
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
