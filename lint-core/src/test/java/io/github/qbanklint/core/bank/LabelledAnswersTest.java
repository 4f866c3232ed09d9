package io.github.qbanklint.core.bank;

import static io.github.qbanklint.core.bank.TestBanks.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Questions that show a statement before their answer: a sub-heading that names the answer, and
 * headings with no question of their own, whose question is the paragraph under them.
 */
class LabelledAnswersTest {

  @Test
  void aSubHeadingNamingTheAnswerEndsTheStatement() {
    BankModel model =
        model(
            "## 1. Two Sum\n\nReturn the indices of the two numbers that add up to the target.\n\n"
                + "### Solution\n\nTODO\n\n"
                + "## 2. Reverse a list\n\nReverse a linked list in place.\n\n"
                + "### Solution\n\nPoint each node back at the one before it.\n");
    assertThat(model.questions())
        .extracting(Question::answered, Question::prompt, Question::answerLabel)
        .containsExactly(
            tuple(
                false,
                "Return the indices of the two numbers that add up to the target.",
                Optional.of("Solution")),
            tuple(true, "Reverse a linked list in place.", Optional.of("Solution")));
  }

  @Test
  void anHtmlSubHeadingNamesTheAnswerToo() {
    BankModel model =
        model(
            "<h2>1. Two Sum</h2>\n\nReturn the indices of two numbers with the given sum.\n\n"
                + "<h3>Solution</h3>\n\nTODO\n\n"
                + "<h2>2. Reverse a list</h2>\n\nReverse a linked list.\n\n"
                + "<h3>Solution</h3>\n\nPoint each node back at the one before it.\n");
    assertThat(model.questions())
        .extracting(Question::answered, Question::answerLabel)
        .containsExactly(
            tuple(false, Optional.of("Solution")), tuple(true, Optional.of("Solution")));
  }

  @Test
  void aParagraphThatOnlyNamesTheAnswerEndsTheStatementToo() {
    BankModel model =
        model(
            "### 1. Two Sum\n\nReturn the indices of two numbers with the given sum.\n\n"
                + "**Solution:**\n\n"
                + "### 2. Reverse a list\n\nReverse a linked list.\n\n**参考答案：**\n\n"
                + "Point each node back at the one before it.\n");
    assertThat(model.questions())
        .extracting(Question::answered, Question::answerLabel)
        .containsExactly(tuple(false, Optional.of("Solution:")), tuple(true, Optional.of("参考答案：")));
  }

  @Test
  void anEmptyAnswerHeadingAtTheQuestionsLevelIsNoTopic() {
    BankModel model =
        model(
            "### 1. Two Sum\n\nReturn the indices of two numbers with the given sum.\n\n"
                + "### Solution\n\n### 2. Reverse a list\n\nReverse a linked list.\n\n"
                + "### Solution\n\nPoint each node back at the one before it, in one pass.\n");
    assertThat(model.items())
        .extracting(BankItem::line, BankItem::role)
        .containsExactly(
            tuple(1, HeadingRole.QUESTION),
            tuple(5, HeadingRole.ANSWER_HEADING),
            tuple(7, HeadingRole.QUESTION),
            tuple(11, HeadingRole.ANSWER_HEADING));
    assertThat(model.questions()).extracting(Question::answered).containsExactly(false, true);
  }

  @Test
  void anAnswerHeadingMayCarryTheAnswerAfterItsLabel() {
    BankModel model =
        model(
            "### Q1\n\nWhich sort is stable?\n\n#### Answer: merge sort\n\n"
                + "### Q2\n\nWhich sort is in place?\n\n#### 答案：待补充\n");
    assertThat(model.questions())
        .extracting(Question::answered, Question::answerLabel)
        .containsExactly(
            tuple(true, Optional.of("Answer: merge sort")), tuple(false, Optional.of("答案：待补充")));
  }

  @Test
  void aHeadingThatOnlyNumbersTheQuestionHasItsQuestionInTheFirstParagraph() {
    BankModel model =
        model(
            "## Question 1\n\nExplain the difference between a process and a thread.\n\n"
                + "**Answer:**\n\nTODO\n\n"
                + "## Question 2\n\nWhat does `volatile` guarantee?\n\n"
                + "Visibility of writes across threads.\n\n"
                + "## Question 3\n\nDescribe how a hash map handles collisions.\n\n"
                + "## Question 4\n\nWhat is a monitor?\nA lock with a wait set, one per object.\n\n"
                + "## Question 5\n\nWhat is a latch? A counter that threads wait on until zero.\n\n"
                + "## Question 6\n\nWhat is a fence? Why is it needed?\n");
    assertThat(model.questions())
        .extracting(Question::answered, Question::answerLabel)
        .containsExactly(
            tuple(false, Optional.of("Answer:")),
            tuple(true, Optional.empty()),
            tuple(false, Optional.empty()),
            tuple(true, Optional.empty()),
            tuple(true, Optional.empty()),
            tuple(false, Optional.empty()));
    assertThat(model.questions().get(1).prompt()).isEqualTo("What does `volatile` guarantee?");
    assertThat(model.questions().get(0).quoted())
        .isEqualTo("'Question 1' (Explain the difference between a process and a thread.)");
    assertThat(model.questions().get(3).prompt())
        .as("a paragraph that asks and then answers on its next line holds its answer")
        .isEmpty();
    assertThat(model.questions().get(4).prompt()).as("or on the same line").isEmpty();
  }

  @Test
  void underAHeadingThatAsksALabelAfterProseIsPartOfTheAnswer() {
    BankModel model =
        model(
            "### What is a closure?\n\nA function with its scope.\n\n#### Explanation\n\n"
                + "### What is hoisting?\n\nDeclarations move up.\n\n**Answer:** see above.\n");
    assertThat(model.questions())
        .extracting(Question::answered, Question::prompt)
        .containsExactly(tuple(true, ""), tuple(true, ""));
  }
}
