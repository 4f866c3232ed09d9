package io.github.qbanklint.core.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.qbanklint.core.document.Document;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default conventions on one small bank per real-world convention. */
class BankModelBuilderTest {
  private static final BankModelBuilder DEFAULTS = new BankModelBuilder(BankConventions.defaults());

  private static BankModel model(String resource) throws IOException {
    try (InputStream in = BankModelBuilderTest.class.getResourceAsStream("/banks/" + resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return DEFAULTS.modelOf(Document.of(resource, text));
    }
  }

  private static List<String> unanswered(BankModel model) {
    return model.questions().stream().filter(q -> !q.answered()).map(Question::title).toList();
  }

  @Test
  void qColonQuestionsWithAnswersInDetails() throws IOException {
    BankModel model = model("q-colon-details.md");
    assertThat(model.questions()).hasSize(5);
    assertThat(unanswered(model)).containsExactly("What is hoisting?", "What is the event loop?");
    assertThat(model.questions()).allSatisfy(q -> assertThat(q.number()).isEmpty());
    assertThat(model.sections()).extracting(Section::title).containsExactly("Basics", "Async");
    assertThat(model.items().get(0).role()).isEqualTo(HeadingRole.TITLE);
    assertThat(model.questions().get(0).sectionTitle()).contains("Basics");
  }

  @Test
  void dottedNumbersUnderChapters() throws IOException {
    BankModel model = model("dotted-numbering.md");
    assertThat(model.questions())
        .extracting(q -> q.number().map(SequenceNumber::text).orElse(""))
        .containsExactly("1.1.1", "1.1.2", "1.1.3", "1.2.1", "2.1.1", "2.1.2");
    assertThat(unanswered(model)).containsExactly("final 关键字有哪些用法？", "synchronized 的实现");
    assertThat(model.sections())
        .extracting(Section::title)
        .containsExactly("第1章 Java 基础", "1.1 语法", "1.2 集合", "第2章 并发", "2.1 线程");
  }

  @Test
  void htmlHeadingsWithIdsAsQuestions() throws IOException {
    BankModel model = model("html-id-questions.md");
    assertThat(model.questions())
        .extracting(Question::anchor)
        .containsExactly("1.什么是过拟合", "2.什么是正则化", "3.偏差和方差", "4.交叉验证");
    assertThat(model.questions())
        .extracting(q -> q.number().map(SequenceNumber::text).orElse(""))
        .containsExactly("1", "2", "3", "4");
    assertThat(unanswered(model)).containsExactly("偏差和方差");
  }

  @Test
  void headingsEndingInAQuestionMark() throws IOException {
    BankModel model = model("question-marks.md");
    assertThat(model.questions()).hasSize(5);
    assertThat(unanswered(model))
        .containsExactly("How does congestion control work?", "What is a 304 response?");
    Question http2 = model.questions().get(3);
    assertThat(http2.answered()).isTrue();
    assertThat(http2.answerText()).contains("Multiplexing", "HPACK");
  }

  @Test
  void tocHeadingIsNeitherSectionNorQuestion() {
    String text = "# 目录\n\n- [A](#a)\n  - 问题1\n\n# A\n\n### 问题1：什么？\n\n答案\n";
    BankModel model = DEFAULTS.modelOf(Document.of("t.md", text));
    assertThat(model.sections()).extracting(Section::title).containsExactly("A");
    assertThat(model.toc()).isPresent();
    assertThat(model.toc().get().entries()).extracting(TocEntry::text).containsExactly("A", "问题1");
    assertThat(model.toc().get().entries().get(0).target()).contains("#a");
    assertThat(model.toc().get().entries()).extracting(TocEntry::depth).containsExactly(1, 2);
  }

  @Test
  void configuredQuestionLevelsOverrideDetection() {
    String text = "# Bank\n\n## Alpha\n\nText.\n\n## Beta\n";
    BankConventions levels =
        new BankConventions(
            BankConventions.DEFAULT_TOC_HEADINGS,
            BankConventions.DEFAULT_QUESTION_PATTERNS,
            true,
            BankConventions.DEFAULT_NUMBER_PATTERN,
            List.of(2),
            BankConventions.DEFAULT_PLACEHOLDERS,
            List.of());
    BankModel model = new BankModelBuilder(levels).modelOf(Document.of("t.md", text));
    assertThat(model.questions()).extracting(Question::title).containsExactly("Alpha", "Beta");
    assertThat(unanswered(model)).containsExactly("Beta");
  }

  @Test
  void exampleBankHasItsQuestionsAndFiftyNineUnanswered() throws IOException {
    String text =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("..", "examples", "interview-bank", "README.md"));
    BankModel model = DEFAULTS.modelOf(Document.of("README.md", text));
    assertThat(model.questions()).hasSize(186);
    assertThat(unanswered(model)).hasSize(59);
    assertThat(model.toc()).isPresent();
  }

  @Test
  void aTopicHeadingAtTheQuestionLevelHoldsTheQuestionsAfterIt() {
    String text =
        "## Statistics\n\n### Basic Statistics\n\n### What is variance?\n\nThe mean squared"
            + " deviation.\n\n### Probability\n\n### What is Bayes' rule?\n\nP(A|B) from"
            + " P(B|A).\n";
    BankModel model = DEFAULTS.modelOf(Document.of("t.md", text));
    assertThat(model.sections())
        .extracting(Section::title, s -> s.questions().size())
        .containsExactly(
            tuple("Statistics", 0), tuple("Basic Statistics", 1), tuple("Probability", 1));
  }
}
