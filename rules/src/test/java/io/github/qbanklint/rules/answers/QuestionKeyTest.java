package io.github.qbanklint.rules.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
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
        "問題12：什麼是 Transformer？ | 什么是transformer",
        "Q4: What is a hash-map? | whatisahashmap",
        "2.1、What is a HASH MAP | whatisahashmap",
        "3sum problem | 3sumproblem",
        "！？ | ''",
      })
  void foldsNumberingCaseWidthSpacesAndPunctuation(String title, String key) {
    assertThat(QuestionKey.of(title)).isEqualTo(key.equals("''") ? "" : key);
  }

  /**
   * The key as its definition says, step by step: NFKC, lower case, the numbering pattern, letters
   * and digits kept.
   */
  private static String definition(String title) {
    String folded = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String unnumbered =
        Pattern.compile("^\\s*(?:问题|题目|q|question)?\\s*\\d+(?:\\.\\d+)*\\s*[.、):]\\s*")
            .matcher(folded)
            .replaceFirst("");
    StringBuilder key = new StringBuilder();
    unnumbered.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
    return key.toString();
  }

  @Test
  void isTheDefinitionOnTitlesMadeOfNumberingsWidthsCasesAndSpaces() {
    String[] parts = {
      "问题",
      "题目",
      "Q",
      "q",
      "Question",
      "QUESTION",
      "3",
      "12",
      "１２",
      "2.1",
      "、",
      "：",
      ":",
      ".",
      ")",
      "）",
      " ",
      "\t",
      "\u3000",
      "\u00a0",
      "\u000b",
      "什么是",
      "Ｔｒａｎｓ",
      "former",
      "ﬁ",
      "İ",
      "Σ",
      "①",
      "？",
      "!",
      "\ud835\udc00",
      "é",
      "e\u0301",
      "题",
      "问",
      "x",
      "\u0301",
      "\u0327",
      "…",
      "～",
      "！",
      "ｗｈａｔ",
      "\uff41",
      "\uff5e",
      "\uff01",
      "\uff5f",
      "\uff00",
      "\u3001",
      "\u3002"
    };
    Random random = new Random(20261205);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder title = new StringBuilder();
      for (int k = random.nextInt(7); k >= 0; k--) {
        title.append(parts[random.nextInt(parts.length)]);
      }
      String t = title.toString();
      assertThat(QuestionKey.of(t)).as("key of '%s'", t).isEqualTo(definition(t));
    }
  }
}
