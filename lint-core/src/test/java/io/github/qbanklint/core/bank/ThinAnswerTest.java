package io.github.qbanklint.core.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThinAnswerTest {
  private static final AnswerLength ELEVEN = new AnswerLength(11, AnswerLength.Form.TEXT);
  private static final AnswerLength TWELVE = new AnswerLength(12, AnswerLength.Form.TEXT);
  private static final AnswerLength LINK = new AnswerLength(40, AnswerLength.Form.ONLY_LINK);

  @Test
  void shorterThanMinLengthOrOnlyALinkIsThin() {
    assertThat(ThinAnswer.DEFAULT.problem("问题1：题目", true, ELEVEN))
        .hasValueSatisfying(p -> assertThat(p).startsWith("has 11 units").contains("under the 12"));
    assertThat(ThinAnswer.DEFAULT.isThin("问题1：题目", true, TWELVE)).isFalse();
    assertThat(ThinAnswer.DEFAULT.problem("问题1：题目", true, LINK)).hasValue("is only a link");
  }

  @Test
  void anUnansweredQuestionIsNeverThin() {
    assertThat(
            ThinAnswer.DEFAULT.isThin("问题1：题目", false, new AnswerLength(0, AnswerLength.Form.TEXT)))
        .isFalse();
  }

  @Test
  void excludedQuestionsAreNeverThinAndMinLengthCanBeReplaced() {
    ThinAnswer thin = ThinAnswer.of(12, List.of("写出.*代码"));
    assertThat(thin.isThin("问题3：写出快速排序的代码", true, LINK)).isFalse();
    assertThat(thin.isThin("问题4：快速排序稳定吗", true, ELEVEN)).isTrue();
    assertThat(thin.withMinLength(11).isThin("问题4：快速排序稳定吗", true, ELEVEN)).isFalse();
    assertThat(thin.withMinLength(11).isThin("问题3：写出快速排序的代码", true, LINK)).isFalse();
  }

  @Test
  void aBadPatternNamesTheOption() {
    assertThatThrownBy(() -> ThinAnswer.of(12, List.of("(")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("option 'exclude' of rule thin-answer: '(' is not a valid regex");
  }
}
