package io.github.qbanklint.core.bank;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;

/**
 * Answers of multiple-choice questions that name one or more of the question's lettered options
 * ({@code C}, {@code **B** — 7 has two divisors}, {@code Answer: C}, {@code 答案：B、D}): the choice is
 * the whole answer, however short, so such an answer is never thin. Only questions that show their
 * options before the answer (in their prompt) are read so, and only by letters among them.
 */
final class ChoiceAnswers {
  /** A line of the prompt opening with an option's letter: {@code - A) …}, {@code B. …}. */
  private static final Pattern OPTION =
      Pattern.compile("(?m)^[ \\t]*(?:[-*+][ \\t]+)?[(（]?([A-Za-z])[).．、:：）][ \\t]");

  /**
   * An answer naming options: an optional label, letters joined by commas or {@code and}, then the
   * end, punctuation or a dash: {@code A number …} names no option.
   */
  private static final Pattern CHOICE =
      Pattern.compile(
          "(?:(?:correct\\s+)?(?:answer|ans)\\s*[:：]?|(?:正确)?答案\\s*[:：]?|答え\\s*[:：]?"
              + "|正解\\s*[:：]?|정답\\s*[:：]?)?\\s*"
              + "[(（]?([A-Za-z])[)）]?((?:\\s*(?:[,，、/&]|and|和)\\s*[(（]?[A-Za-z][)）]?)*)"
              + "(?:$|[.．。)）:：;；,，]|\\s+[—–-]\\s)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private ChoiceAnswers() {}

  /** {@code length}, or a choice when the answer names the prompt's options. */
  static AnswerLength measured(String prompt, List<Node> answer, AnswerLength length) {
    if (prompt.isEmpty() || length.form() != AnswerLength.Form.TEXT) {
      return length;
    }
    Set<Character> options = optionLetters(prompt);
    if (options.size() < 2) {
      return length;
    }
    for (Node block : answer) {
      String shown = BlockKinds.shownText(block).strip();
      if (!shown.isEmpty()) {
        return namesOptions(shown, options)
            ? new AnswerLength(length.units(), AnswerLength.Form.CHOICE)
            : length;
      }
    }
    return length;
  }

  private static Set<Character> optionLetters(String prompt) {
    Set<Character> letters = new HashSet<>();
    Matcher m = OPTION.matcher(prompt);
    while (m.find()) {
      letters.add(Character.toUpperCase(m.group(1).charAt(0)));
    }
    return letters;
  }

  /** Whether the answer's first text opens by naming options, every one of them the prompt's. */
  static boolean namesOptions(String text, Set<Character> options) {
    Matcher m = CHOICE.matcher(text);
    if (!m.lookingAt() || !options.contains(Character.toUpperCase(m.group(1).charAt(0)))) {
      return false;
    }
    String more = m.group(2).replaceAll("(?i)and", " ");
    for (int i = 0; i < more.length(); i++) {
      char c = more.charAt(i);
      if ((c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')
          && !options.contains(Character.toUpperCase(c))) {
        return false;
      }
    }
    return true;
  }
}
