package io.github.qbanklint.core.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.document.Document;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each rule of the bank model contract (heading roles, question shapes, answers and status) on a
 * short bank: item roles, shapes, numbers and statuses as {@code qbank-lint outline} reports them.
 */
class HeadingRolesTest {
  private static final BankModelBuilder DEFAULTS = new BankModelBuilder(BankConventions.defaults());

  /** An answer long enough not to be thin. */
  private static final String A =
      "An answer that is long enough to count in full, with a dozen words or more.";

  /**
   * The outline of a bank, one string per item: line, {@code hN} or the item kind, role, then for
   * questions the shape and status, then {@code #number} when there is one.
   */
  private static List<String> outline(String... lines) {
    String text = String.join("\n", lines) + "\n";
    BankModel model = DEFAULTS.modelOf(Document.of("t.md", text));
    return model.items().stream().map(HeadingRolesTest::describe).toList();
  }

  private static String describe(BankItem item) {
    StringBuilder out = new StringBuilder();
    out.append(item.line()).append(' ');
    out.append(item.kind() == ItemKind.HEADING ? "h" + item.level() : item.kind().id());
    out.append(' ').append(item.role().id());
    item.question()
        .ifPresent(
            q ->
                out.append(' ')
                    .append(q.shape().id())
                    .append(' ')
                    .append(
                        !q.answered()
                            ? "unanswered"
                            : ThinAnswer.DEFAULT.isThin(q.text(), true, q.answerLength())
                                ? "thin"
                                : "answered"));
    item.number().ifPresent(n -> out.append(" #").append(n.text()));
    return out.toString();
  }

  // Rule 1: the TOC heading.

  @ParameterizedTest
  @ValueSource(strings = {"目录", "目錄", "目次", "목차", "Contents", "table of contents", "TOC", "索引"})
  void theFirstTocHeadingIsTheToc(String title) {
    assertThat(
            outline(
                "# Bank", "", "## " + title, "", "## A", "", "### 问题1：什么是X", "", A, "", "## 目录"))
        .containsExactly(
            "1 h1 title",
            "3 h2 toc",
            "5 h2 section",
            "7 h3 question heading-marker answered #1",
            "11 h2 section");
  }

  @Test
  void entriesUnderTheTocAreNoQuestions() {
    assertThat(
            outline(
                "## 目录",
                "",
                "1. 什么是A？",
                "   - 定义",
                "2. 什么是B？",
                "   - 定义",
                "",
                "## 问题",
                "",
                "### 问题1：什么是A？",
                "",
                A))
        .containsExactly("1 h2 toc", "8 h2 section", "10 h3 question heading-marker answered #1");
  }

  // Rule 2: the title.

  @Test
  void theOnlyLevelOneHeadingFirstInTheFileIsTheTitle() {
    assertThat(outline("# 300 Interview Questions", "", "## 基础", "", "### 什么是X？", "", A))
        .containsExactly(
            "1 h1 title", "3 h2 section", "5 h3 question heading-question-mark answered");
    assertThat(outline("# 第一章 Java", "", "## 什么是JVM？", "", A))
        .containsExactly("1 h1 title", "3 h2 question heading-question-mark answered");
  }

  @Test
  void theTocHeadingDoesNotCountAsASecondLevelOneHeading() {
    assertThat(outline("# Bank", "", "# 目录", "", "- [X](#x)", "", "## 什么是X？", "", A))
        .containsExactly("1 h1 title", "3 h1 toc", "7 h2 question heading-question-mark answered");
  }

  @Test
  void noTitleWhenAnotherLevelOneHeadingExists() {
    assertThat(
            outline("# 第一章 Java", "", "## 什么是JVM？", "", A, "", "# 第二章 Go", "", "## 什么是GMP？", "", A))
        .containsExactly(
            "1 h1 section #1",
            "3 h2 question heading-question-mark answered",
            "7 h1 section #2",
            "9 h2 question heading-question-mark answered");
  }

  @Test
  void noTitleWhenTheFirstHeadingIsAQuestionOrNotLevelOne() {
    assertThat(outline("# What is Java?", "", A, "", "## Details", "", A).get(0))
        .isEqualTo("1 h1 question heading-question-mark answered");
    assertThat(outline("# 问题1：什么是Java", "", A).get(0))
        .isEqualTo("1 h1 question heading-marker answered #1");
    assertThat(outline("## Intro", "", "# Bank", "", "## 什么是X？", "", A))
        .containsExactly(
            "1 h2 section", "3 h1 section", "5 h2 question heading-question-mark answered");
  }

  @Test
  void anImageOnlyHeadingIsATitleWherever() {
    assertThat(
            outline(
                "# ![logo](logo.png)",
                "",
                "## 什么是X？",
                "",
                A,
                "",
                "## ![](banner.png)",
                "",
                "## 什么是Y？",
                "",
                A,
                "",
                "## ![banner](banner.png)",
                "",
                "<h2><img src=\"x.png\"></h2>",
                "",
                "<h3><img src=\"q.png\" alt=\"logo\"> 问题3：Z</h3>",
                "",
                A))
        .containsExactly(
            "1 h1 title",
            "3 h2 question heading-question-mark answered",
            "7 h2 title",
            "9 h2 question heading-question-mark answered",
            "13 h2 title",
            "15 h2 title",
            "17 h3 question heading-marker answered #3");
  }

  @Test
  void theFirstHeadingWithTextUnderABannerIsStillTheTitle() {
    assertThat(
            outline(
                "# ![banner](banner.png)",
                "",
                "# 大厂算法面试题300道",
                "",
                "## 1.携程",
                "",
                "### 问题1：什么是X？",
                "",
                A))
        .containsExactly(
            "1 h1 title",
            "3 h1 title",
            "5 h2 section #1",
            "7 h3 question heading-marker answered #1");
  }

  @Test
  void aTopicOverMarkerQuestionsIsASectionEvenWhenWordedAsAQuestion() {
    assertThat(outline("### 问题1：什么是X", "", A, "", "### 如何学习 Java", "", "#### 问题2：什么是JVM", "", A))
        .containsExactly(
            "1 h3 question heading-marker answered #1",
            "5 h3 section",
            "7 h4 question heading-marker answered #2");
  }

  // Rule 3: containers.

  @Test
  void aHeadingWhoseNumberADeeperHeadingExtendsIsASection() {
    assertThat(
            outline(
                "# Bank",
                "",
                "## 3 Java",
                "",
                "### 3.1 JVM",
                "",
                A,
                "",
                "### 3.2 GC",
                "",
                A,
                "",
                "## 4.1 Go",
                "",
                "### 4.1.2 GMP",
                "",
                A,
                "",
                "### 4.1.3 Channel",
                "",
                A))
        .containsExactly(
            "1 h1 title",
            "3 h2 section #3",
            "5 h3 question heading-numbered answered #3.1",
            "9 h3 question heading-numbered answered #3.2",
            "13 h2 section #4.1",
            "15 h3 question heading-numbered answered #4.1.2",
            "19 h3 question heading-numbered answered #4.1.3");
  }

  @Test
  void aQuestionsOwnNumberedSubHeadingMakesNoContainer() {
    assertThat(
            outline(
                "### 1. 什么是 BatchNorm？",
                "",
                A,
                "",
                "### 2. 什么是残差连接？",
                "",
                "#### 2.1 结构",
                "",
                A,
                "",
                "### 3. Why does a question over a numbered question stay a container?",
                "",
                "#### 3.1 What is asked here?",
                "",
                A))
        .containsExactly(
            "1 h3 question heading-numbered answered #1",
            "5 h3 question heading-numbered answered #2",
            "7 h4 answer-heading #2.1",
            "11 h3 section #3",
            "13 h4 question heading-numbered answered #3.1");
  }

  @Test
  void aHeadingOverStrongerSignalledHeadingsIsASection() {
    assertThat(
            outline(
                "## 1. Java",
                "",
                "### 什么是JVM？",
                "",
                A,
                "",
                "### 什么是GC？",
                "",
                A,
                "",
                "## 2. Go",
                "",
                "### 什么是GMP？",
                "",
                A))
        .containsExactly(
            "1 h2 section #1",
            "3 h3 question heading-question-mark answered",
            "7 h3 question heading-question-mark answered",
            "11 h2 section #2",
            "13 h3 question heading-question-mark answered");
  }

  @Test
  void oneSignalledSubHeadingInAnAnswerMakesNoContainer() {
    assertThat(
            outline(
                "## 基础",
                "",
                "### 什么是X？",
                "",
                A,
                "",
                "#### 为什么？",
                "",
                A,
                "",
                "### 什么是Y？",
                "",
                A,
                "",
                "### 什么是Z？",
                "",
                A))
        .containsExactly(
            "1 h2 section",
            "3 h3 question heading-question-mark answered",
            "7 h4 answer-heading",
            "11 h3 question heading-question-mark answered",
            "15 h3 question heading-question-mark answered");
  }

  @Test
  void weakerSignalledSubHeadingsMakeNoContainer() {
    assertThat(
            outline(
                "## 问题1：什么是X",
                "",
                A,
                "",
                "### 为什么？",
                "",
                A,
                "",
                "### 怎么用？",
                "",
                A,
                "",
                "## 问题2：什么是Y",
                "",
                A,
                "",
                "### 为什么？",
                "",
                A))
        .containsExactly(
            "1 h2 question heading-marker answered #1",
            "5 h3 answer-heading",
            "9 h3 answer-heading",
            "13 h2 question heading-marker answered #2",
            "17 h3 answer-heading");
  }

  // Rule 4: the open question.

  @Test
  void headingsDeeperThanTheOpenQuestionAreAnswerHeadingsWhateverTheirText() {
    assertThat(
            outline(
                "## 基础",
                "",
                "### 问题1：什么是X",
                "",
                "#### 1. 步骤",
                "",
                A,
                "",
                "##### 什么是Y？",
                "",
                "#### Q: follow-up",
                "",
                "### 问题2：什么是Z",
                "",
                A,
                "",
                "## 进阶",
                "",
                "### 问题3：什么是W",
                "",
                A))
        .containsExactly(
            "1 h2 section",
            "3 h3 question heading-marker answered #1",
            "5 h4 answer-heading #1",
            "9 h5 answer-heading",
            "11 h4 answer-heading",
            "13 h3 question heading-marker answered #2",
            "17 h2 section",
            "19 h3 question heading-marker answered #3");
  }

  // Rule 5: question headings.

  @ParameterizedTest
  @ValueSource(
      strings = {
        "问题1：什么是X",
        "题目1 什么是X",
        "第1题：什么是X",
        "面试题1 什么是X",
        "Q1. What is X",
        "Q1: What is X",
        "Q1 What is X",
        "Question 1 What is X",
        "q1. what is x"
      })
  void aMarkerMakesAQuestion(String text) {
    assertThat(outline("## 基础", "", "### " + text, "", A))
        .containsExactly("1 h2 section", "3 h3 question heading-marker answered #1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Q: What is X", "Q：什么是X"})
  void aBareQMarkerMakesAQuestionWithNoNumber(String text) {
    assertThat(outline("## 基础", "", "### " + text, "", A))
        .containsExactly("1 h2 section", "3 h3 question heading-marker answered");
  }

  @Test
  void aNumberAndAQuestionMarkMakeANumberedQuestionWithoutActivation() {
    assertThat(outline("## 基础", "", "### 1. 什么是X？", "", A))
        .containsExactly("1 h2 section", "3 h3 question heading-numbered answered #1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "什么是X？",
        "What is X?",
        "What is X? (easy)",
        "什么是X？【中等】",
        "What is X?🔥",
        "**What is X?**"
      })
  void aQuestionMarkMakesAQuestion(String text) {
    assertThat(outline("## 基础", "", "### " + text, "", A))
        .containsExactly("1 h2 section", "3 h3 question heading-question-mark answered");
  }

  @Test
  void aSetextHeadingCanBeAQuestion() {
    assertThat(outline("What is X?", "----------", "", A, "", "What is Y?", "---", "", A))
        .containsExactly(
            "1 h2 question heading-question-mark answered",
            "6 h2 question heading-question-mark answered");
  }

  @Test
  void numberedHeadingsAreQuestionsWhereTheNumberedShapeIsActive() {
    assertThat(
            outline(
                "# Bank",
                "",
                "## 排序",
                "",
                "### 1. 快速排序",
                "",
                A,
                "",
                "### 2. 堆排序",
                "",
                A,
                "",
                "## 其他",
                "",
                "### 归并排序",
                "",
                A))
        .containsExactly(
            "1 h1 title",
            "3 h2 section",
            "5 h3 question heading-numbered answered #1",
            "9 h3 question heading-numbered answered #2",
            "13 h2 section",
            "15 h3 section");
  }

  @Test
  void oneNumberedHeadingAtALevelIsNotEnough() {
    assertThat(
            outline(
                "## 概念",
                "",
                "### 什么是排序？",
                "",
                A,
                "",
                "## 算法",
                "",
                "### 1. 快速排序",
                "",
                A,
                "",
                "## 其他",
                "",
                "### 堆排序",
                "",
                A))
        .containsExactly(
            "1 h2 section",
            "3 h3 question heading-question-mark answered",
            "7 h2 section",
            "9 h3 section #1",
            "13 h2 section",
            "15 h3 section");
  }

  @Test
  void numberedHeadingsMustBeAtLeastHalfOfTheirLevel() {
    List<String> half =
        outline(
            "## S1",
            "",
            "### 什么是排序？",
            "",
            A,
            "",
            "## S2",
            "",
            "### 1. 快速排序",
            "",
            A,
            "",
            "## S3",
            "",
            "### 2. 堆排序",
            "",
            A,
            "",
            "## S4",
            "",
            "### 归并排序",
            "",
            A);
    assertThat(half)
        .containsExactly(
            "1 h2 section",
            "3 h3 question heading-question-mark answered",
            "7 h2 section",
            "9 h3 question heading-numbered answered #1",
            "13 h2 section",
            "15 h3 question heading-numbered answered #2",
            "19 h2 section",
            "21 h3 section");
    List<String> lessThanHalf =
        outline(
            "## S1",
            "",
            "### 什么是排序？",
            "",
            A,
            "",
            "## S2",
            "",
            "### 1. 快速排序",
            "",
            A,
            "",
            "## S3",
            "",
            "### 2. 堆排序",
            "",
            A,
            "",
            "## S4",
            "",
            "### 归并排序",
            "",
            A,
            "",
            "## S5",
            "",
            "### 计数排序",
            "",
            A);
    // Not numbered questions: with one question elsewhere, the bodied leaves are leaf questions.
    assertThat(lessThanHalf)
        .contains(
            "9 h3 question heading-leaf answered #1",
            "15 h3 question heading-leaf answered #2",
            "21 h3 question heading-leaf answered");
  }

  // Rule 6: a heading at the level of the question just closed.

  @Test
  void afterAnHtmlQuestionASameLevelHeadingIsAnAnswerHeading() {
    assertThat(
            outline(
                "## 基础",
                "",
                "<h3>问题1：什么是X</h3>",
                "",
                "### 总结",
                "",
                "### 专题",
                "",
                A,
                "",
                "### 问题2：什么是Y",
                "",
                A))
        .containsExactly(
            "1 h2 section",
            "3 h3 question heading-marker answered #1",
            "5 h3 answer-heading",
            "7 h3 answer-heading",
            "11 h3 question heading-marker answered #2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Explain closures", "讲讲 GCN", "List the differences", "HashMap 线程安全吗"})
  void anInterrogativeHeadingRightAfterAQuestionIsAQuestion(String text) {
    assertThat(outline("## 基础", "", "### 问题1：什么是X", "", A, "", "### " + text, "", A))
        .containsExactly(
            "1 h2 section",
            "3 h3 question heading-marker answered #1",
            "7 h3 question heading-interrogative answered");
  }

  @Test
  void aSameLevelHeadingWithContentKeepsTheQuestionOpen() {
    assertThat(outline("## 基础", "", "### 问题1：什么是X", "", "### 总结", "", A, "", "### 问题2：什么是Y", "", A))
        .containsExactly(
            "1 h2 section",
            "3 h3 question heading-marker answered #1",
            "5 h3 answer-heading",
            "9 h3 question heading-marker answered #2");
  }

  @Test
  void aSameLevelHeadingOverQuestionsOfItsOwnIsASectionNotAPartOfTheAnswer() {
    assertThat(
            outline(
                "### 31.1 정규표현식이란?",
                "",
                A,
                "",
                "### 31.2 생성",
                "",
                A,
                "",
                "### 31.3 메서드",
                "",
                "정규표현식을 사용하는 메서드는 세 가지다.",
                "",
                "#### 31.3.1 exec",
                "",
                A,
                "",
                "#### 31.3.2 test",
                "",
                A,
                "",
                "### 31.4 플래그",
                "",
                A))
        .containsExactly(
            "1 h3 question heading-numbered answered #31.1",
            "5 h3 question heading-numbered answered #31.2",
            "9 h3 section #31.3",
            "13 h4 question heading-numbered answered #31.3.1",
            "17 h4 question heading-numbered answered #31.3.2",
            "21 h3 question heading-numbered answered #31.4");
  }

  @Test
  void aHeadingThatAsksThenRequestsIsAQuestionMarkQuestion() {
    assertThat(
            outline(
                "## Components",
                "",
                "### What is the Shadow DOM? Explain the need for it",
                "",
                A,
                "",
                "### Go? A short history",
                "",
                A))
        .containsExactly(
            "1 h2 section", "3 h3 question heading-question-mark answered", "7 h3 answer-heading");
  }

  @Test
  void aSameLevelHeadingWithoutContentIsATopic() {
    assertThat(
            outline(
                "## 基础", "", "### 问题1：什么是X", "", A, "", "### 预训练模型专题", "", "### 问题2：什么是Y", "", A))
        .containsExactly(
            "1 h2 section",
            "3 h3 question heading-marker answered #1",
            "7 h3 section",
            "9 h3 question heading-marker answered #2");
  }

  @Test
  void anInterrogativeHeadingWithNoQuestionJustClosedIsASection() {
    assertThat(outline("## 基础", "", "### Explain closures", "", A, "", "### 问题1：什么是X", "", A))
        .containsExactly(
            "1 h2 section", "3 h3 section", "7 h3 question heading-marker answered #1");
  }

  // Rule 7: leaf headings.

  @Test
  void leafHeadingsWithABodyAreQuestionsWhenThereIsNoOtherQuestion() {
    assertThat(
            outline(
                "# Redis 笔记",
                "",
                "## 前言",
                "",
                A,
                "",
                "## 数据结构",
                "",
                "### 简单动态字符串",
                "",
                A,
                "",
                "### 跳表",
                "",
                A,
                "",
                "### 压缩列表",
                "",
                "待补充",
                "",
                "### 参考资料",
                "",
                "- [Redis](https://redis.io)",
                "",
                "### 持久化",
                "",
                "#### RDB",
                "",
                A))
        .containsExactly(
            "1 h1 title",
            "3 h2 section",
            "7 h2 section",
            "9 h3 question heading-leaf answered",
            "13 h3 question heading-leaf answered",
            "17 h3 question heading-leaf unanswered",
            "21 h3 section",
            "25 h3 section",
            "27 h4 question heading-leaf answered");
  }

  @Test
  void fewerThanThreeLeavesStaySections() {
    assertThat(outline("# Notes", "", "## 数据结构", "", "### 跳表", "", A, "", "### 压缩列表", "", A))
        .containsExactly("1 h1 title", "3 h2 section", "5 h3 section", "9 h3 section");
  }

  @Test
  void leavesAreQuestionsWhenOtherQuestionsAreFewAndSectionsWhenMany() {
    List<String> few =
        outline(
            "## 数据结构",
            "",
            "### 跳表",
            "",
            A,
            "",
            "### 压缩列表",
            "",
            A,
            "",
            "### 字典",
            "",
            A,
            "",
            "## 问题",
            "",
            "### 什么是Redis？",
            "",
            A);
    assertThat(few)
        .containsExactly(
            "1 h2 section",
            "3 h3 question heading-leaf answered",
            "7 h3 question heading-leaf answered",
            "11 h3 question heading-leaf answered",
            "15 h2 section",
            "17 h3 question heading-question-mark answered");
    List<String> many =
        outline(
            "## 数据结构",
            "",
            "### 跳表",
            "",
            A,
            "",
            "### 压缩列表",
            "",
            A,
            "",
            "### 字典",
            "",
            A,
            "",
            "## 问题",
            "",
            "### 什么是Redis？",
            "",
            A,
            "",
            "### 为什么快？",
            "",
            A);
    assertThat(many).contains("3 h3 section", "7 h3 section", "11 h3 section");
  }

  // Paragraph and list-item questions.

  @Test
  void oneBoldQuestionIsNotEnough() {
    assertThat(outline("## Arrays", "", "**What is an array?**", "", A))
        .containsExactly("1 h2 section");
  }

  @Test
  void twoBoldQuestionsAreQuestions() {
    assertThat(
            outline(
                "## Arrays",
                "",
                "**What is an array?** (easy)",
                "",
                A,
                "",
                "**Follow-up:** why is it fast?",
                "",
                "**Q: what is a list**",
                "",
                "A list.",
                "",
                "**Why is appending amortised O(1)?** 🔥",
                "",
                "TODO"))
        .containsExactly(
            "1 h2 section",
            "3 paragraph question bold-paragraph answered",
            "9 paragraph question bold-paragraph thin",
            "13 paragraph question bold-paragraph unanswered");
  }

  @Test
  void numberedBoldParagraphsNeedTwo() {
    assertThat(outline("## Week 1", "", "**1)** Reverse a linked list in place.", "", A))
        .containsExactly("1 h2 section");
    assertThat(
            outline(
                "## Week 1",
                "",
                "**1)** Reverse a linked list in place.",
                "",
                A,
                "",
                "**2.** Implement an LRU cache.",
                "",
                "**3、** Find the median of a stream.",
                "",
                "TBD"))
        .containsExactly(
            "1 h2 section",
            "3 paragraph question numbered-bold answered #1",
            "7 paragraph question numbered-bold unanswered #2",
            "9 paragraph question numbered-bold unanswered #3");
  }

  @Test
  void orderedListItemsEndingInAQuestionMarkWithNestedAnswers() {
    assertThat(
            outline(
                "## Python",
                "",
                "1. What is a generator?",
                "",
                "   " + A,
                "",
                "2. What is the GIL?",
                "",
                "3. How do decorators work?",
                "",
                "   - " + A,
                "",
                "## Asking",
                "",
                "1. What does a week look like?",
                "2. How is on-call organised?"))
        .containsExactly(
            "1 h2 section",
            "3 list-item question list-item-question answered",
            "7 list-item question list-item-question unanswered",
            "9 list-item question list-item-question answered",
            "13 h2 section");
  }

  @Test
  void noParagraphQuestionInsideAHeadingQuestionsAnswer() {
    assertThat(
            outline(
                "### 问题1：什么是X",
                "",
                "**Why?**",
                "",
                A,
                "",
                "**How?**",
                "",
                A,
                "",
                "1. Is it fast?",
                "",
                "   " + A))
        .containsExactly("1 h3 question heading-marker answered #1");
  }

  // Answers and status.

  @ParameterizedTest
  @ValueSource(
      strings = {
        "TODO",
        "todo.",
        "TBD",
        "FIXME",
        "WIP",
        "待补充",
        "待完善",
        "待更新",
        "答案待补充",
        "Answer here",
        "略",
        "...",
        "…",
        "- [ ] TODO",
        "<!-- 答案 -->",
        "---",
        "<details><summary>Answer</summary>\n\n</details>",
        "[ref]: https://example.com"
      })
  void fillerAndPlaceholdersLeaveAQuestionUnanswered(String answer) {
    assertThat(outline("## 基础", "", "### 问题1：什么是X", "", answer, "", "### 问题2：什么是Y", "", A))
        .containsExactly(
            "1 h2 section",
            "3 h3 question heading-marker unanswered #1",
            (6 + answer.split("\n", -1).length) + " h3 question heading-marker answered #2");
  }

  @Test
  void aLoneDollarIsAnAnswer() {
    assertThat(outline("## 基础", "", "### 问题1：什么是X", "", "$"))
        .containsExactly("1 h2 section", "3 h3 question heading-marker thin #1");
  }

  @Test
  void aReferencesBlockAfterAPlaceholderLeavesTheQuestionUnanswered() {
    assertThat(
            outline(
                "### 问题1：什么是X",
                "",
                "- [ ] TODO",
                "",
                "**参考资料**",
                "",
                "- [链接](https://example.com/a)",
                "- [链接](https://example.com/b)",
                "",
                "### 问题2：什么是Y",
                "",
                "待补充",
                "",
                "#### References",
                "",
                "[doc](https://example.com/c)",
                "",
                "### 问题3：什么是Z",
                "",
                "[doc](https://example.com/d)"))
        .containsExactly(
            "1 h3 question heading-marker unanswered #1",
            "10 h3 question heading-marker unanswered #2",
            "14 h4 answer-heading",
            "18 h3 question heading-marker thin #3");
  }

  @Test
  void anHtmlQuestionsRunOnAnswerIsItsAnswer() {
    assertThat(
            outline(
                "## 基础",
                "",
                "<h3 id=\"1\">1. 什么是X</h3>",
                A,
                "",
                "<h3 id=\"2\">2. 什么是Y</h3>",
                "TODO",
                "",
                "<h3 id=\"3\">3. 什么是Z</h3>",
                "",
                A))
        .containsExactly(
            "1 h2 section",
            "3 h3 question heading-numbered answered #1",
            "6 h3 question heading-numbered unanswered #2",
            "9 h3 question heading-numbered answered #3");
  }

  @Test
  void headingsInCodeAreNoItems() {
    assertThat(outline("## 基础", "", "### 问题1：什么是X", "", "```", "### 问题2：不是标题", "```"))
        .containsExactly("1 h2 section", "3 h3 question heading-marker thin #1");
  }

  @Test
  void chapterNumberingNumbersSectionsNeverQuestions() {
    assertThat(
            outline(
                "## 第一节",
                "",
                "### 问题1：什么是进程？",
                "",
                A,
                "",
                "## 第二节",
                "",
                "### 问题1：什么是线程？",
                "",
                A,
                "",
                "## 第三节",
                "",
                "#### 问题1：什么是协程？",
                "",
                A,
                "",
                "## 四、总结",
                "",
                A))
        .containsExactly(
            "1 h2 section #1",
            "3 h3 question heading-marker answered #1",
            "7 h2 section #2",
            "9 h3 question heading-marker answered #1",
            "13 h2 section #3",
            "15 h4 question heading-marker answered #1",
            "19 h2 section #4");
  }
}
