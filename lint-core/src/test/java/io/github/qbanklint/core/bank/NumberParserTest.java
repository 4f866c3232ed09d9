package io.github.qbanklint.core.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.config.ConfigLoader;
import io.github.qbanklint.core.document.Document;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one number parser, convention by convention, as the contract's number section lists them. */
class NumberParserTest {
  private static final NumberParser PARSER = NumberParser.defaults();

  private static String number(NumberParser parser, String text) {
    return parser.read(text).number().map(SequenceNumber::text).orElse(null);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          问题7：         | 7
          问题7：什么是JVM？ | 7
          问题 3.2       | 3.2
          题目5          | 5
          第3题          | 3
          第十二题        | 12
          Q1.           | 1
          Q1:           | 1
          Q1)           | 1
          Q1 What is X  | 1
          Question 12   | 12
          面试题4         | 4
          """)
  void aQuestionMarkerCarriesItsNumber(String text, String expected) {
    NumberParser.Reading reading = PARSER.read(text);
    assertThat(reading.marker()).isTrue();
    assertThat(reading.number()).map(SequenceNumber::text).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Q:", "Q：", "Q: What is hoisting?"})
  void aBareQMarkerHasNoNumber(String text) {
    NumberParser.Reading reading = PARSER.read(text);
    assertThat(reading.marker()).isTrue();
    assertThat(reading.number()).isEmpty();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          3. xxx     | 3
          1.2.3 xxx  | 1.2.3
          2、xxx      | 2
          5) xxx     | 5
          5）xxx      | 5
          3．xxx      | 3
          3：xxx      | 3
          '  3. xxx' | 3
          7          | 7
          """)
  void aLeadingSequenceNumberEndsAtASeparatorASpaceOrTheEnd(String text, String expected) {
    NumberParser.Reading reading = PARSER.read(text);
    assertThat(reading.marker()).isFalse();
    assertThat(number(PARSER, text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      4.11训练   | 4.11
      3.5模型结构 | 3.5
      """)
  void aDottedNumberMayRunIntoTheText(String text, String expected) {
    assertThat(number(PARSER, text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      textBlock =
          """
          질문) 스프링에서 제공하는 BindingResult 에 대해 설명 | none | 스프링에서 제공하는 BindingResult 에 대해 설명
          질문: 빈의 기본 스코프는?                  | none | 빈의 기본 스코프는?
          질문 3 필터와 인터셉터의 차이는?              | 3    | 필터와 인터셉터의 차이는?
          질문2) AOP 란?                        | 2    | AOP 란?
          質問: 上のステートメントで得られる値は何ですか？      | none | 上のステートメントで得られる値は何ですか？
          質問：window.fooの値は何ですか？             | none | window.fooの値は何ですか？
          質問2: クロージャとは何ですか？                | 2    | クロージャとは何ですか？
          """)
  void koreanAndJapaneseQuestionMarkers(String text, String number, String title) {
    NumberParser.Reading reading = PARSER.read(text);
    assertThat(reading.marker()).isTrue();
    assertThat(reading.number().map(SequenceNumber::text).orElse(null)).isEqualTo(number);
    assertThat(reading.title()).isEqualTo(title);
  }

  @ParameterizedTest
  @ValueSource(strings = {"꼬리질문)", "질문 10개 정리", "질문과 답변", "質問事項", "面接の質問"})
  void koreanAndJapaneseWordsForQuestionAreNoMarkersByThemselves(String text) {
    assertThat(PARSER.read(text).marker()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"8道", "2023年", "300 Interview Questions", "50 道题", "携程面试题8道"})
  void aNumberThatIsPartOfTheTitleIsNoSequenceNumber(String text) {
    NumberParser.Reading reading = PARSER.read(text);
    assertThat(reading.number()).isEmpty();
    assertThat(reading.marker()).isFalse();
    assertThat(reading.title()).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          第一章     | 1
          第十二节   | 12
          一、       | 1
          一、xxx    | 1
          三、       | 3
          二十三、   | 23
          """)
  void chineseNumerals(String text, String expected) {
    assertThat(number(PARSER, text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          问题7：什么是JVM？         | 什么是JVM？
          第3题：手写LRU           | 手写LRU
          Q1. What is a closure? | What is a closure?
          Q: What is hoisting?   | What is hoisting?
          Question 12: Why       | Why
          3. 快速排序              | 快速排序
          1.2.3 xxx              | xxx
          4.11训练技巧             | 训练技巧
          一、基础                 | 基础
          """)
  void theTitleIsTheTextAfterTheMarkerOrNumberAndItsSeparator(String text, String title) {
    assertThat(PARSER.read(text).title()).isEqualTo(title);
  }

  @Test
  void theNumberKeepsTheMarkerAsWrittenAsItsPrefix() {
    assertThat(PARSER.read("问题7：x").number()).contains(new SequenceNumber("问题", new int[] {7}));
    assertThat(PARSER.read("Q12. x").number()).contains(new SequenceNumber("Q", new int[] {12}));
    assertThat(PARSER.read("1.2.3 x").number())
        .contains(new SequenceNumber("", new int[] {1, 2, 3}));
  }

  @Test
  void emphasisMarkersAreNotPartOfAHeadingsText() {
    String text =
        "# T\n\n## A\n\n### **3.** 快速排序\n\n每次选一个基准，把数组分成两半再分别递归排序。\n\n"
            + "### __4. 堆排序__\n\n先建大顶堆，再反复把堆顶换到末尾并重新调整堆。\n\n"
            + "### *问题5*：什么是稳定排序\n\n相等元素排序后保持原来的先后顺序。\n";
    BankModel model =
        new BankModelBuilder(BankConventions.defaults()).modelOf(Document.of("t.md", text));
    assertThat(model.questions())
        .extracting(q -> q.number().map(SequenceNumber::text).orElse(""))
        .containsExactly("3", "4", "5");
  }

  @Test
  void aConfiguredNumberPatternFeedsTheSameParser() {
    BankConventions conventions =
        ConfigLoader.parse(
                Path.of("c.yml"), "conventions:\n  numberPattern: 'No\\.(?<number>\\d+)\\s'\n")
            .conventions();
    assertThat(conventions.numberPattern()).isEqualTo("No\\.(?<number>\\d+)\\s");
    NumberParser parser = new NumberParser(conventions);
    assertThat(number(parser, "No.5 什么是过拟合")).isEqualTo("5");
    assertThat(parser.read("No.5 什么是过拟合").title()).isEqualTo("什么是过拟合");
    assertThat(number(PARSER, "No.5 什么是过拟合")).isNull();
    // The marker patterns and the number-part-of-the-title rule stay as they were.
    assertThat(number(parser, "问题7：x")).isEqualTo("7");
    assertThat(number(parser, "No.300 Interview Questions")).isNull();

    BankModelBuilder builder = new BankModelBuilder(conventions);
    String bank =
        "# 面试题\n\n## 基础\n\n### No.1 什么是过拟合\n\n模型在训练集上表现好、在测试集上表现差。\n\n"
            + "### No.2 什么是正则化\n\n在损失函数中加入惩罚项，限制模型复杂度。\n";
    BankModel model = builder.modelOf(Document.of("t.md", bank));
    assertThat(model.questions())
        .extracting(q -> q.number().map(SequenceNumber::text).orElse(""))
        .containsExactly("1", "2");
    assertThat(model.questions())
        .extracting(Question::shape)
        .containsOnly(QuestionShape.HEADING_NUMBERED);
    assertThat(model.questions()).extracting(Question::title).containsExactly("什么是过拟合", "什么是正则化");
    List<BankItem> sameUnderDefaults =
        new BankModelBuilder(BankConventions.defaults()).modelOf(Document.of("t.md", bank)).items();
    assertThat(sameUnderDefaults).allSatisfy(item -> assertThat(item.number()).isEmpty());
  }
}
