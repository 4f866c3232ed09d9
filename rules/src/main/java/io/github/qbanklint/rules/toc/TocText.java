package io.github.qbanklint.rules.toc;

import io.github.qbanklint.core.document.ChineseScript;
import io.github.qbanklint.core.document.TextChars;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How TOC entries and headings are compared. {@link #key} is for matching: NFKC, invisible
 * characters dropped and look-alike letters read as Latin ({@link LookAlikes}), case-folded,
 * whitespace collapsed, emphasis markers and a leading number ({@code 问题3：}, {@code Q1.}, {@code
 * 1.2.3}) removed. {@link #sameShownText} is for reporting differences: only stray emphasis
 * markers, surrounding spaces, the kind of space and the width of ASCII characters are ignored
 * there, so case, a missing or extra space, punctuation and wording count.
 */
final class TocText {
  /** Package-private for the test that checks the shortcuts against it. */
  static final Pattern LEADING_NUMBER =
      Pattern.compile(
          "^\\s*(?:(?:问题|题目|question)\\s*\\d+(?:\\.\\d+)*\\s*[:：.．、)）]?"
              + "|q\\s*\\d*\\s*[:：.．、)）]"
              + "|\\d+(?:\\.\\d+)*(?:[.．、)）]|\\s))\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final char FULL_WIDTH_FIRST = '\uFF01';
  private static final char FULL_WIDTH_LAST = '\uFF5E';

  private TocText() {}

  /** The matching key: equal keys mean "the same title, give or take form". */
  static String key(String text) {
    String normalized = commonNfkc(text);
    if (normalized == null) {
      normalized = LookAlikes.plain(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }
    return withoutLeadingNumber(collapsed(normalized.toLowerCase(Locale.ROOT)));
  }

  /**
   * NFKC, with look-alikes read as Latin, of a text made only of ASCII, CJK unified ideographs, CJK
   * punctuation and full-width ASCII ({@code ？}, {@code Ｑ１}), computed without the normaliser;
   * {@code null} for a text with any other character. Most titles are such texts, and normalising
   * costs more than the rest of the key. Package-private for the test that checks it against the
   * normaliser.
   */
  static String commonNfkc(String text) {
    StringBuilder mapped = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
        if (mapped == null) {
          mapped = new StringBuilder(text.length()).append(text, 0, i);
        }
        mapped.append((char) (c - FULL_WIDTH_FIRST + '!'));
      } else if (c < 0x80 || TextChars.isCjkIdeograph(c) || isStableCjkPunctuation(c)) {
        if (mapped != null) {
          mapped.append(c);
        }
      } else {
        return null;
      }
    }
    return mapped == null ? text : mapped.toString();
  }

  /** CJK symbols and punctuation that NFKC leaves alone (not U+3000, U+3036, U+3038–U+303A). */
  private static boolean isStableCjkPunctuation(char c) {
    return c >= '\u3001' && c <= '\u303F' && c != '\u3036' && (c < '\u3038' || c > '\u303A');
  }

  /**
   * Runs of whitespace and emphasis markers ({@code *}, {@code __}) become one space, the ends are
   * stripped. A loop rather than two regex replacements: every entry and heading goes through it.
   */
  private static String collapsed(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean gap = false;
    int i = 0;
    while (i < text.length()) {
      int skip = markerRun(text, i);
      if (skip == 0 && TextChars.isRegexSpace(text.charAt(i))) {
        skip = 1;
      }
      if (skip > 0) {
        gap = true;
        i += skip;
        continue;
      }
      if (gap && out.length() > 0) {
        out.append(' ');
      }
      gap = false;
      out.append(text.charAt(i++));
    }
    return out.toString().strip();
  }

  /** The length of a {@code *} run or a run of two or more {@code _} at {@code i}, else 0. */
  private static int markerRun(String text, int i) {
    char c = text.charAt(i);
    if (c != '*' && c != '_') {
      return 0;
    }
    int end = i;
    while (end < text.length() && text.charAt(end) == c) {
      end++;
    }
    return c == '*' || end - i >= 2 ? end - i : 0;
  }

  /** The text as a reader sees it: stray emphasis markers and outer spaces dropped. */
  static String shown(String text) {
    return text.replace("**", "").replace("__", "").strip();
  }

  /**
   * The shown text with what looks the same made the same: every Unicode space (NO-BREAK SPACE,
   * IDEOGRAPHIC SPACE, …) as a plain space, full-width ASCII ({@code Ｑ１：}) as half-width.
   */
  private static String comparable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80 || TextChars.isCjkIdeograph(c)) {
        out.append(c); // no Unicode space, no full-width form: spares the character database
      } else if (Character.getType(c) == Character.SPACE_SEPARATOR) {
        out.append(' ');
      } else if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
        out.append((char) (c - FULL_WIDTH_FIRST + '!'));
      } else {
        out.append(c);
      }
    }
    return shown(out.toString());
  }

  static boolean hasLeadingNumber(String text) {
    return mayHaveLeadingNumber(text)
        && LEADING_NUMBER.matcher(ChineseScript.simplified(text)).find();
  }

  static String withoutLeadingNumber(String text) {
    if (!mayHaveLeadingNumber(text)) {
      return text;
    }
    // Matched in simplified Chinese (问题 matches 問題), cut from the text as written.
    Matcher m = LEADING_NUMBER.matcher(ChineseScript.simplified(text));
    return m.find() ? text.substring(0, m.start()) + text.substring(m.end()) : text;
  }

  /** Whether the first character after ASCII spaces can start {@link #LEADING_NUMBER}. */
  private static boolean mayHaveLeadingNumber(String text) {
    int i = 0;
    while (i < text.length() && TextChars.isRegexSpace(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return false;
    }
    char c = ChineseScript.simplified(text.charAt(i));
    return (c >= '0' && c <= '9') || c == 'q' || c == 'Q' || c == '问' || c == '题';
  }

  /**
   * Whether an entry reads the same as its heading: equal shown texts, or an entry that leaves out
   * the heading's leading number (question entries often do).
   */
  static boolean sameShownText(String entry, String heading) {
    if (entry.equals(heading)) {
      return true; // most entries are copies of their headings: spare the normalisation
    }
    String e = comparable(entry);
    String h = comparable(heading);
    return e.equals(h) || !hasLeadingNumber(e) && e.equals(shown(withoutLeadingNumber(h)));
  }

  /**
   * When an entry differs from its heading only by characters a reader cannot see or tell apart
   * ({@link LookAlikes}), those characters named, with where they are: {@code U+200B ZERO WIDTH
   * SPACE in the heading}. Empty when a visible difference remains.
   */
  static Optional<String> invisibleDifference(String entry, String heading) {
    if (!sameShownText(LookAlikes.plain(entry), LookAlikes.plain(heading))) {
      return Optional.empty();
    }
    Map<Integer, String> where = new LinkedHashMap<>();
    entry.codePoints().filter(LookAlikes::isSuspect).forEach(c -> where.put(c, "the entry"));
    heading
        .codePoints()
        .filter(LookAlikes::isSuspect)
        .forEach(c -> where.merge(c, "the heading", (a, b) -> a.equals(b) ? a : "both"));
    return Optional.of(
        where.entrySet().stream()
            .map(e -> LookAlikes.describe(e.getKey()) + " in " + e.getValue())
            .collect(Collectors.joining(", ")));
  }

  /** Similarity of two keys in [0, 1]: one minus the edit distance over the longer length. */
  static double similarity(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int longer = Math.max(x.length, y.length);
    if (longer == 0) {
      return 1;
    }
    if (Math.min(x.length, y.length) * 2 < longer) {
      return 0;
    }
    int[] previous = new int[y.length + 1];
    int[] current = new int[y.length + 1];
    for (int j = 0; j <= y.length; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      current[0] = i;
      for (int j = 1; j <= y.length; j++) {
        int substitute = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return 1.0 - (double) previous[y.length] / longer;
  }
}
