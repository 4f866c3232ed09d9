package io.github.qbanklint.core.bank;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;

/**
 * Answers of multiple-choice questions that name one or more of the question's lettered options
 * ({@code C}, {@code **B** — 7 has two divisors}, {@code Answer: C}, {@code 答案：B、D}): the choice is
 * the whole answer, however short, so such an answer is never thin. Only questions that show their
 * options ({@link OptionLists}) before the answer are read so, and only by letters among them.
 */
final class ChoiceAnswers {
  /**
   * An answer naming options: an optional label, letters joined by commas or {@code and}, then the
   * end, punctuation or a dash: {@code A number …} names no option. Possessive throughout, so that
   * a long run of spaces is read once.
   */
  private static final Pattern CHOICE =
      Pattern.compile(
          "(?:(?:correct\\s++)?(?:answer|ans)|(?:正确)?答案|答え|正解|정답)?+\\s*+[:：]?+\\s*+"
              + "[(（]?([A-Za-z])[)）]?((?:\\s*+(?:[,，、/&]|and|和)\\s*+[(（]?[A-Za-z][)）]?)*+)"
              + "(?:$|[.．。)）:：;；,，]|\\s++[—–-]\\s)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private ChoiceAnswers() {}

  /**
   * {@code length}, or a choice when the answer names options shown in {@code prompt}, the blocks
   * the question shows before its answer.
   */
  static AnswerLength measured(List<Node> prompt, List<Node> answer, AnswerLength length) {
    if (length.form() != AnswerLength.Form.TEXT) {
      return length;
    }
    int options = 0;
    for (Node block : prompt) {
      options = Math.max(options, OptionLists.count(block));
    }
    if (options == 0) {
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

  /**
   * Whether the answer's first text opens by naming options, every one of them among the {@code
   * options} lettered from A.
   */
  static boolean namesOptions(String text, int options) {
    Matcher m = CHOICE.matcher(text);
    if (!m.lookingAt() || !isOption(m.group(1).charAt(0), options)) {
      return false;
    }
    String more = m.group(2).replaceAll("(?i)and", " ");
    for (int i = 0; i < more.length(); i++) {
      char c = more.charAt(i);
      if ((c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') && !isOption(c, options)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isOption(char letter, int options) {
    int index = Character.toUpperCase(letter) - 'A';
    return index >= 0 && index < options;
  }
}
