package io.github.qbanklint.core.bank;

import static io.github.qbanklint.core.bank.TestBanks.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Question headings that open list items ({@code 1. ### What is X?}), and links back to the top.
 */
class ListHeadingsTest {
  private static Optional<String> number(Question q) {
    return q.number().map(SequenceNumber::text);
  }

  @Test
  void eachItemsHeadingIsAQuestionAnsweredByTheRestOfItsItem() {
    BankModel model =
        model(
            "# Bank\n\n## Core\n\n"
                + "1. ### What is a closure\n\n   A function with the variables of its scope.\n\n"
                + "2. ### What is hoisting\n\n"
                + "3. ### What is a promise\n\n   A value that arrives later.\n");
    assertThat(model.questions())
        .extracting(Question::text, ListHeadingsTest::number, Question::answered)
        .containsExactly(
            tuple("What is a closure", Optional.of("1"), true),
            tuple("What is hoisting", Optional.of("2"), false),
            tuple("What is a promise", Optional.of("3"), true));
    assertThat(model.questions().get(0).answerText())
        .isEqualTo("A function with the variables of its scope.");
  }

  @Test
  void theNumberIsTheOneShownTheListsStartPlusTheItemsPlace() {
    BankModel model =
        model(
            "## A\n\n7. ### Why\n\n   Because the list starts at seven.\n\n"
                + "7. ### How\n\n   Markdown numbers the second item eight.\n\n"
                + "## B\n\n1. ### 2. 什么是闭包？\n\n   标题自己的编号优先于列表的编号。\n");
    assertThat(model.questions())
        .extracting(Question::text, ListHeadingsTest::number)
        .containsExactly(
            tuple("Why", Optional.of("7")),
            tuple("How", Optional.of("8")),
            tuple("2. 什么是闭包？", Optional.of("2")));
  }

  @Test
  void aHeadingInABulletListHasNoNumber() {
    BankModel model =
        model(
            "## A\n\n- ### What is X?\n\n  X is the letter after W.\n\n"
                + "- ### What is Y?\n\n  Y is the letter after X.\n");
    assertThat(model.questions())
        .extracting(Question::number, Question::shape)
        .containsOnly(tuple(Optional.empty(), QuestionShape.HEADING_QUESTION_MARK));
  }

  @Test
  void aListOfDetailsQuestionsIsReadAsTheyWouldBeOutsideIt() {
    BankModel model =
        model(
            "## Java\n\n- <details>\n  <summary>What is the JVM?</summary>\n\n"
                + "  The machine that runs bytecode.\n\n  </details>\n\n"
                + "- <details>\n  <summary>What is the JIT?</summary>\n\n  </details>\n\n"
                + "## Links\n\n- <details>\n  <summary>Docs?</summary>\n\n  Read them.\n\n"
                + "  </details>\n- <details><summary>Tutorials</summary>\n\n  More.\n  </details>\n");
    assertThat(model.questions())
        .extracting(Question::text, Question::kind, Question::answered)
        .as("a list with one <details> question is no list of questions")
        .containsExactly(
            tuple("What is the JVM?", ItemKind.DETAILS, true),
            tuple("What is the JIT?", ItemKind.DETAILS, false));
  }

  @Test
  void aLinkBackToTheTopAnswersNothingAndCountsForNothing() {
    String back = "\n\n   **[⬆ Back to Top](#table-of-contents)**\n\n";
    BankModel model =
        model(
            "## Q\n\n1. ### What is X?"
                + back
                + "2. ### What is Y?\n\n   Y is the letter after X."
                + back
                + "3. ### 什么是 Z？\n\n   <div align=\"right\"><a href=\"#目录\">↥ 返回顶部</a></div>\n");
    assertThat(model.questions())
        .extracting(Question::answered, q -> q.answerLength().units())
        .containsExactly(tuple(false, 0), tuple(true, 6), tuple(false, 0));
  }

  @Test
  void aTableOfContentsEndsBeforeTheListThatHoldsTheFirstQuestion() {
    BankModel model =
        model(
            "# Bank\n\n## Contents\n\n- [What is X?](#what-is-x)\n- [What is Y?](#what-is-y)\n\n"
                + "1. ### What is X?\n\n   X is the letter after W.\n\n"
                + "2. ### What is Y?\n\n   Y is the letter after X.\n");
    assertThat(model.toc().orElseThrow().entries())
        .extracting(TocEntry::text)
        .containsExactly("What is X?", "What is Y?");
    assertThat(model.questions()).hasSize(2);
  }
}
