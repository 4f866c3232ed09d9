package io.github.qbanklint.core.bank;

import static io.github.qbanklint.core.bank.TestBanks.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Quiz questions: code and options under the heading, then the answer. */
class QuizAnswersTest {
  private static final String CODE_AND_OPTIONS =
      "\n\n```js\nconsole.log(typeof null);\n```\n\n- A: `\"null\"`\n- B: `\"object\"`\n\n";

  @Test
  void theAnswerIsTheDetailsAfterTheCodeAndOptions() {
    BankModel model =
        model(
            "###### 1. What's the output?"
                + CODE_AND_OPTIONS
                + "<details><summary><b>Answer</b></summary>\n<p>\n\n#### Answer: B\n\n"
                + "A historic bug that stays for compatibility.\n\n</p>\n</details>\n\n"
                + "###### 2. What's the output?"
                + CODE_AND_OPTIONS
                + "<details><summary><b>Answer</b></summary>\n<p>\n\n</p>\n</details>\n");
    assertThat(model.questions())
        .extracting(Question::answered, Question::answerText)
        .containsExactly(
            tuple(true, "Answer: B\nA historic bug that stays for compatibility."),
            tuple(false, ""));
    assertThat(model.questions().get(1).prompt()).isEqualTo(CODE_AND_OPTIONS.strip());
    assertThat(model.items())
        .filteredOn(item -> item.text().equals("Answer: B"))
        .extracting(BankItem::role)
        .as("a shallower heading inside the answer's <details> is one of its sub-headings")
        .containsExactly(HeadingRole.ANSWER_HEADING);
  }

  @Test
  void aLabelledParagraphAfterCodeStartsTheAnswer() {
    BankModel model =
        model(
            "### 第1题：下面代码输出什么？"
                + CODE_AND_OPTIONS
                + "**答案：** B，null 的类型标签和对象相同。\n\n"
                + "### 第2题：下面代码输出什么？"
                + CODE_AND_OPTIONS
                + "**答案：**\n");
    assertThat(model.questions())
        .extracting(Question::answered, Question::answerText)
        .containsExactly(tuple(true, "答案： B，null 的类型标签和对象相同。"), tuple(false, "答案："));
  }

  @Test
  void afterProseALabelledParagraphIsPartOfTheAnswer() {
    BankModel model =
        model(
            "### What is a closure?\n\nA function with its scope.\n\n**Answer:** see above.\n\n"
                + "### What is hoisting?\n\n<details><summary>Answer</summary>\n\n"
                + "Declarations move to the top of their scope.\n\n</details>\n");
    assertThat(model.questions())
        .extracting(Question::prompt, Question::answered)
        .containsExactly(tuple("", true), tuple("", true));
    assertThat(model.questions().get(0).answerText())
        .isEqualTo("A function with its scope.\nAnswer: see above.");
  }
}
