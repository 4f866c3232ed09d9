package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.TextChars;
import java.util.Optional;
import java.util.Set;

/**
 * Headings that name the question written under them and say nothing of their own: {@code ## 面试题},
 * {@code ## 题目描述}, {@code ## Question}, {@code ## Problem}. Such a heading is a question when a
 * heading at its level names the answer after it ({@code ## 面试题剖析}, {@code ## 解法}, {@code ##
 * Answer}), or another heading of the file with the same label is so answered: alone, {@code ## 问题}
 * or {@code ## Description} is as likely a topic. Compared as {@link TextChars#foldedLetters}.
 */
final class QuestionLabels {
  private static final Set<String> LABELS =
      Set.of(
          "question",
          "thequestion",
          "interviewquestion",
          "problem",
          "problemstatement",
          "problemdescription",
          "description",
          "task",
          "面试题",
          "面试问题",
          "题目",
          "题目描述",
          "题干",
          "原题",
          "问题",
          "问题描述",
          "考题");

  /** Labels that also name a topic or a form's field ({@code ## Problem}, {@code ## 问题}). */
  private static final Set<String> GENERIC =
      Set.of("question", "problem", "description", "task", "问题", "问题描述");

  /** The longest heading compared, in chars: a longer one is no label and is not normalised. */
  private static final int LONGEST = 30;

  private QuestionLabels() {}

  /** The label a heading's text is, folded, or empty when it is none. */
  static Optional<String> label(String text) {
    if (text.length() > LONGEST) {
      return Optional.empty();
    }
    String folded = TextChars.foldedLetters(text);
    return LABELS.contains(folded) ? Optional.of(folded) : Optional.empty();
  }

  static boolean labelsHeading(String text) {
    return label(text).isPresent();
  }

  /**
   * Whether a heading names an interview or exam question ({@code ## 面试题}, {@code ## 题目}), and
   * never a topic: a bank's sign even without a heading naming the answer.
   */
  static boolean labelsInterviewQuestion(String text) {
    return label(text).filter(label -> !GENERIC.contains(label)).isPresent();
  }
}
