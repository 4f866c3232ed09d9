package io.github.qbanklint.rules.answers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionKeyTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "什么是 Transformer？ | 什么是transformer",
        "3. 什么是Ｔｒａｎｓｆｏｒｍｅｒ。 | 什么是transformer",
        "问题12：什么是 transformer | 什么是transformer",
        "Q4: What is a hash-map? | whatisahashmap",
        "2.1、What is a HASH MAP | whatisahashmap",
        "3sum problem | 3sumproblem",
        "！？ | ''",
      })
  void foldsNumberingCaseWidthSpacesAndPunctuation(String title, String key) {
    assertThat(QuestionKey.of(title)).isEqualTo(key.equals("''") ? "" : key);
  }
}
