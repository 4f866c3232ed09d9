package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.ChineseScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of question markers and sequence numbers, used by the bank model and by every rule
 * that compares numbers. Reads the start of a heading's or question's shown text: a question marker
 * ({@code 问题7：}, {@code 第3题}, {@code Q1.}) with its number, else a leading sequence number ({@code
 * 3.}, {@code 1.2.3}, {@code 4.11训练}, {@code 一、}, {@code 第一章}). A number that is part of a title is
 * not a sequence number: {@code 8道}, {@code 2023年}, {@code 300 Interview Questions}.
 */
public final class NumberParser {
  private static final String CHINESE_DIGITS = "零〇一二两三四五六七八九十百";
  private static final Pattern CHINESE_ENUMERATION =
      Pattern.compile("^\\s*(?<number>[" + CHINESE_DIGITS + "]+)\\s*[、.．]");
  private static final Pattern CHINESE_CHAPTER =
      Pattern.compile("^\\s*第\\s*(?<number>\\d+|[" + CHINESE_DIGITS + "]+)\\s*[章节部篇讲课回卷]");
  private static final Pattern DOTTED_RUN_IN = Pattern.compile("^\\s*(?<number>\\d+(?:\\.\\d+)+)");
  private static final Pattern COUNT_NOUN =
      Pattern.compile(
          "^\\s+(?:[Qq]uestions?|[Pp]roblems?|[Ii]nterview|[Tt]ips|[Tt]hings|[Ww]ays|[Ee]xercises|"
              + "道|题|个|条|问)");
  private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[\\s:：.．、)）]+");

  private final List<Pattern> markers = new ArrayList<>();
  private final Pattern leadingNumber;

  public NumberParser(BankConventions conventions) {
    for (String regex : conventions.questionPatterns()) {
      markers.add(
          Pattern.compile(
              "^\\s*(?:" + ChineseScript.simplified(regex) + ")", Pattern.CASE_INSENSITIVE));
    }
    this.leadingNumber =
        Pattern.compile("^\\s*(?:" + ChineseScript.simplified(conventions.numberPattern()) + ")");
  }

  /** A parser under the default conventions. */
  public static NumberParser defaults() {
    return new NumberParser(BankConventions.defaults());
  }

  /** Whether a text asks: it ends in a question mark or opens with a question marker. */
  boolean asks(String text) {
    return QuestionText.endsWithQuestionMark(text) || read(text).marker();
  }

  /**
   * What the start of a text says.
   *
   * @param marker whether it starts with a question marker
   * @param number the marker's number, else the leading sequence number
   * @param title the text after the marker or number and their separator
   * @param chapterStyle whether the number is written the way chapters are ({@code 第三章}, {@code
   *     一、}): it numbers sections, never questions
   */
  public record Reading(
      boolean marker, Optional<SequenceNumber> number, String title, boolean chapterStyle) {
    Reading(boolean marker, Optional<SequenceNumber> number, String title) {
      this(marker, number, title, false);
    }
  }

  public Reading read(String shown) {
    // An emoji or symbol before the marker or number is decoration: ## 🔹 1. What is Docker?
    int decoration = QuestionText.leadingDecoration(shown);
    String text = decoration > 0 ? shown.substring(decoration) : shown;
    // Patterns and text are matched in simplified Chinese (问题 matches 問題); what the reading
    // quotes is cut from the text as written, at the same offsets.
    String simplified = ChineseScript.simplified(text);
    for (Pattern p : markers) {
      Matcher m = p.matcher(simplified);
      if (m.lookingAt()) {
        Optional<SequenceNumber> number =
            group(m).flatMap(digits -> parse(markerPrefix(text, m), digits));
        return new Reading(true, number, rest(text, m.end()));
      }
    }
    Matcher m = leadingNumber.matcher(simplified + " ");
    if (m.lookingAt() && group(m).isPresent()) {
      int end = Math.min(m.end(), text.length());
      String digits = group(m).get();
      boolean bareInteger = digits.indexOf('.') < 0;
      if (!(bareInteger
          && COUNT_NOUN
              .matcher(simplified.substring(m.start("number") + digits.length()))
              .lookingAt())) {
        return new Reading(false, parse("", digits), rest(text, end));
      }
    }
    for (Pattern p : List.of(CHINESE_CHAPTER, CHINESE_ENUMERATION, DOTTED_RUN_IN)) {
      Matcher run = p.matcher(simplified);
      if (run.lookingAt()) {
        return new Reading(
            false, parse("", run.group("number")), rest(text, run.end()), p != DOTTED_RUN_IN);
      }
    }
    return new Reading(false, Optional.empty(), shown.strip());
  }

  /** The text before the number group, as written: {@code 问题}, {@code Q}. */
  private static String markerPrefix(String text, Matcher m) {
    int numberStart = m.start("number");
    return text.substring(0, numberStart).strip();
  }

  private static String rest(String text, int end) {
    return LEADING_SEPARATOR
        .matcher(text.substring(Math.min(end, text.length())))
        .replaceFirst("")
        .strip();
  }

  private static Optional<String> group(Matcher m) {
    try {
      return Optional.ofNullable(m.group("number"));
    } catch (IllegalArgumentException noGroup) {
      return Optional.empty();
    }
  }

  private static Optional<SequenceNumber> parse(String prefix, String digits) {
    if (!digits.isEmpty() && CHINESE_DIGITS.indexOf(digits.charAt(0)) >= 0) {
      int value = chineseValue(digits);
      return value > 0
          ? Optional.of(new SequenceNumber(prefix, new int[] {value}))
          : Optional.empty();
    }
    String[] pieces = digits.split("\\.");
    int[] parts = new int[pieces.length];
    try {
      for (int i = 0; i < pieces.length; i++) {
        parts[i] = Integer.parseInt(pieces[i]);
      }
    } catch (NumberFormatException tooLong) {
      return Optional.empty();
    }
    return Optional.of(new SequenceNumber(prefix, parts));
  }

  /** A Chinese numeral up to the hundreds ({@code 十二} is 12, {@code 二十三} 23); 0 if malformed. */
  static int chineseValue(String numeral) {
    int total = 0;
    int digit = -1;
    for (int i = 0; i < numeral.length(); i++) {
      char c = numeral.charAt(i);
      switch (c) {
        case '十' -> {
          total += (digit < 0 ? 1 : digit) * 10;
          digit = -1;
        }
        case '百' -> {
          total += (digit < 0 ? 1 : digit) * 100;
          digit = -1;
        }
        default -> {
          int d = "零一二三四五六七八九".indexOf(c);
          if (c == '〇') {
            d = 0;
          } else if (c == '两') {
            d = 2;
          }
          if (d < 0 || digit >= 0) {
            return 0;
          }
          digit = d;
        }
      }
    }
    return total + Math.max(digit, 0);
  }
}
