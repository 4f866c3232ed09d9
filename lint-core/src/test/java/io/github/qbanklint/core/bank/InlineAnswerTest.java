package io.github.qbanklint.core.bank;

import static io.github.qbanklint.core.bank.TestBanks.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.qbanklint.core.document.Document;
import org.junit.jupiter.api.Test;

/** Paragraph questions whose answer starts on the lines below them, in the same paragraph. */
class InlineAnswerTest {
  @Test
  void theAnswerIsTheLinesBelowTheQuestionAndTheParagraphsAfter() {
    BankModel model =
        model(
            "**Q1: What is the JVM?**\nA: It runs `bytecode`.\n\nIt also collects garbage.\n\n"
                + "**Q2: What is a class?**\nA: A template for objects.\n");
    assertThat(model.questions())
        .extracting(Question::text)
        .containsExactly("Q1: What is the JVM?", "Q2: What is a class?");
    Question first = model.questions().get(0);
    assertThat(first.answerText()).isEqualTo("A: It runs bytecode.\nIt also collects garbage.");
    assertThat(first.answerLength().units()).isEqualTo(8); // A, It, runs, bytecode, It, also, …
    assertThat(first.answerBlocks().get(0)).isInstanceOf(AnswerLines.class);
    assertThat(Document.startOffset(first.answerBlocks().get(0)))
        .isEqualTo("**Q1: What is the JVM?**\n".length());
  }

  @Test
  void theAnswerMayFollowABoldQuestionOnItsLine() {
    BankModel model =
        model(
            "**Q1: What is the JVM?** A: The machine that runs `bytecode`.\n\n"
                + "**Q2: What is a class?** **A:** TODO\n");
    assertThat(model.questions())
        .extracting(Question::text, Question::answered, Question::answerText)
        .containsExactly(
            tuple("Q1: What is the JVM?", true, "A: The machine that runs bytecode."),
            tuple("Q2: What is a class?", false, "A: TODO"));
  }

  @Test
  void aBoldAnswerLabelOnTheQuestionsLineStartsTheAnswer() {
    BankModel model =
        model(
            "**Q:** What is X? **A:** X is the letter after W.\n\n**Q:** What is Y? **A:** TODO\n\n"
                + "问：什么是闭包？ **答：** 函数和它的词法环境。\n\n问：什么是原型？ **答：**\n");
    assertThat(model.questions())
        .extracting(Question::text, Question::answered)
        .containsExactly(
            tuple("Q: What is X?", true),
            tuple("Q: What is Y?", false),
            tuple("问：什么是闭包？", true),
            tuple("问：什么是原型？", false));
  }

  @Test
  void aDifficultyTagBelowABoldQuestionIsNoAnswer() {
    BankModel model = model("**What is X?**\n(easy)\n\n**What is Y?**\n【中等】 🔥\n");
    assertThat(model.questions()).hasSize(2).noneMatch(Question::answered);
  }

  @Test
  void aLabelOrPlaceholderBelowTheQuestionIsNoAnswer() {
    BankModel model =
        model(
            "**Q1: What is the JVM?**\nA:\n\n**Q2: What is a class?**\nA: TODO\n\n"
                + "**Q3: What is a record?**  \n**答：** 待补充\n");
    assertThat(model.questions()).hasSize(3).noneMatch(Question::answered);
  }

  @Test
  void aWrappedQuestionEndsAtItsQuestionMarkOrBeforeTheAnswerLabel() {
    BankModel model =
        model(
            "**问：** 请解释三次握手，\n以及为什么不是两次？\n第三次让服务端确认客户端收到了应答。\n\n"
                + "**问：** 什么是\n跨域\n**答：** 同源策略限制的请求。\n");
    assertThat(model.questions())
        .extracting(Question::text)
        .containsExactly("问： 请解释三次握手， 以及为什么不是两次？", "问： 什么是 跨域");
    assertThat(model.questions())
        .extracting(Question::answerText)
        .containsExactly("第三次让服务端确认客户端收到了应答。", "答： 同源策略限制的请求。");
  }

  @Test
  void aBoldMarkerOverLinesWithNeitherIsNoQuestion() {
    BankModel model =
        model("**Q:** Describe the JVM\nin detail.\n\n**Q:** Describe a class\nin detail.\n");
    assertThat(model.questions()).isEmpty();
  }

  @Test
  void aNumberedTaskWithNeitherIsTheWholeParagraph() {
    BankModel model =
        model(
            "**1)** Reverse a list\nin place.\n\nUse two pointers.\n\n"
                + "**2)** Sort a list\nby key.\n\nUse a stable sort.\n");
    assertThat(model.questions())
        .extracting(Question::text)
        .containsExactly("1) Reverse a list in place.", "2) Sort a list by key.");
    assertThat(model.questions())
        .extracting(Question::answerText)
        .containsExactly("Use two pointers.", "Use a stable sort.");
  }

  @Test
  void boldTextThatAsksNothingStaysText() {
    BankModel model =
        model("**Important**\nRead this first.\n\n**Note:** these are old.\nThey may differ.\n");
    assertThat(model.questions()).isEmpty();
  }

  @Test
  void aListItemAnsweredOnItsNextLineIsAQuestion() {
    BankModel model =
        model(
            "- **Q:** What is a closure?\n  **A:** A function with its scope.\n"
                + "- **Q:** What is hoisting?\n  **A:** TODO\n");
    assertThat(model.questions())
        .extracting(Question::text, Question::answered)
        .containsExactly(
            tuple("Q: What is a closure?", true), tuple("Q: What is hoisting?", false));
  }

  @Test
  void wrappedProseInANumberedListAsksNothing() {
    BankModel model =
        model(
            "1. **Signals.** A heading may end in a question mark (`?`\n"
                + "   or `？`), which the model reads as a question.\n"
                + "2. **Containers.** A heading over questions is a section.\n\n"
                + "   More about containers.\n");
    assertThat(model.questions()).isEmpty();
  }
}
