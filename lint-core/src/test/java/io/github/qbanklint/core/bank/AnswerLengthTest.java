package io.github.qbanklint.core.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerLengthTest {
  private static final BankModelBuilder DEFAULTS = new BankModelBuilder(BankConventions.defaults());

  /** The length of the one answer of a bank whose question is {@code ### 问题1：题目}. */
  private static AnswerLength answer(String answer) {
    Document document = Document.of("t.md", "### 问题1：题目\n\n" + answer + "\n");
    return DEFAULTS.modelOf(document).questions().get(0).answerLength();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "使用 LAMB 即可。 | 5",
        "Zero. | 1",
        "GPT-4 is a model. | 5",
        "It's O(n log n), not O(n²). | 8",
        "ひらがなとカタカナ、한국어 | 12",
        "`quick_sort(a)` sorts in place. | 6",
        "**粗体**和*斜体*都算。 | 7",
        "- 异步编程\\n- 多线程\\n- 多进程 | 10",
      })
  void aCjkCharacterOrAWordIsOneUnit(String answer, int units) {
    AnswerLength length = answer(answer.replace("\\n", "\n"));
    assertThat(length.units()).isEqualTo(units);
    assertThat(length.form()).isEqualTo(AnswerLength.Form.TEXT);
  }

  @Test
  void theHanFastPathCountsWhatTheUnicodeTablesWould() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (AnswerLength.UnitCount.isCommonHan(c)) {
        assertThat(Character.isLetterOrDigit(c)).as("U+%04X", c).isTrue();
        assertThat(Character.UnicodeScript.of(c)).isEqualTo(Character.UnicodeScript.HAN);
      }
    }
    assertThat(answer("一\u9FEF").units()).isEqualTo(2);
  }

  @Test
  void codeBlocksCountAndImageAltTextDoesNot() {
    assertThat(answer("```python\ndef f(x):\n    return x * 2\n```").units()).isEqualTo(6);
    assertThat(answer("![一张很长的图片说明文字](a.png) 见图。").units()).isEqualTo(2);
  }

  @Test
  void anAnswerOfLinksOnlyIsOnlyALinkWhateverTheLinkTextSays() {
    assertThat(answer("[详见这篇很长的文章，讲得非常清楚](https://example.com/a)").form())
        .isEqualTo(AnswerLength.Form.ONLY_LINK);
    assertThat(answer("<https://example.com/a>, <https://example.com/b>").form())
        .isEqualTo(AnswerLength.Form.ONLY_LINK);
    assertThat(answer("参考 [这篇文章](https://example.com/a)").form()).isEqualTo(AnswerLength.Form.TEXT);
  }

  @Test
  void anAnswerOfImagesOnlyIsOnlyAnImage() {
    assertThat(answer("![结构图](a.png)").form()).isEqualTo(AnswerLength.Form.ONLY_IMAGE);
    assertThat(answer("![a](a.png) <img src=\"b.png\">").form())
        .isEqualTo(AnswerLength.Form.ONLY_IMAGE);
    assertThat(answer("![结构图](a.png)\n\n编码器和解码器各六层。").form()).isEqualTo(AnswerLength.Form.TEXT);
  }

  @Test
  void anImageTagIsNoWordsInAnHtmlBlockEither() {
    assertThat(answer("<img src=\"pipeline.png\" alt=\"the training pipeline\">"))
        .isEqualTo(new AnswerLength(0, AnswerLength.Form.ONLY_IMAGE));
    assertThat(answer("<p><img src=\"a.png\"> 编码器。</p>").units()).isEqualTo(3);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {"见上文。", "同上", "如上所述", "See above.", "*As above*", "Same as above!"})
  void aPointerToAnotherAnswerIsOnlyAPointer(String answer) {
    assertThat(answer(answer).form()).isEqualTo(AnswerLength.Form.ONLY_POINTER);
  }

  @Test
  void aSentenceThatMentionsAPointerIsText() {
    assertThat(answer("见上文的推导，再对参数求导即可。").form()).isEqualTo(AnswerLength.Form.TEXT);
    assertThat(answer("See above, then add a cache in front of the database.").form())
        .isEqualTo(AnswerLength.Form.TEXT);
  }

  @Test
  void theSummaryNamesTheUnitsOrTheForm() {
    assertThat(answer("Zero.").summary()).isEqualTo("1 unit");
    assertThat(answer("Port 53.").summary()).isEqualTo("2 units");
    assertThat(answer("同上").summary()).isEqualTo("only a pointer to another answer");
  }
}
