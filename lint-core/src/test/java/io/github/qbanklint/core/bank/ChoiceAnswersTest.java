package io.github.qbanklint.core.bank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChoiceAnswersTest {
  /** Options A to D. */
  private static final int FOUR = 4;

  @Test
  void namesTheQuestionsOptions() {
    for (String answer :
        new String[] {
          "C",
          "c",
          "C.",
          "(c)",
          "C)",
          "Answer: C",
          "answer：b",
          "Correct answer: D",
          "B, D",
          "B and D",
          "B、D",
          "答案：C",
          "正确答案：A",
          "答え：B",
          "정답: C",
          "B — no handshake",
          "C. 7"
        }) {
      assertThat(ChoiceAnswers.namesOptions(answer, FOUR)).as(answer).isTrue();
    }
  }

  @Test
  void leavesTextThatNamesNoOption() {
    for (String answer :
        new String[] {
          "A layer above link.", "E", "B and X.", "Because 7 is prime", "Answer: 42", "Ab", "A1"
        }) {
      assertThat(ChoiceAnswers.namesOptions(answer, FOUR)).as(answer).isFalse();
    }
  }
}
