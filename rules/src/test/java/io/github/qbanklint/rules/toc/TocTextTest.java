package io.github.qbanklint.rules.toc;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TocTextTest {

  @Test
  void keysIgnoreWidthCaseSpacingEmphasisAndLeadingNumbers() {
    assertThat(TocText.key("问题1： **讲一讲推荐系统包含哪些流程？**")).isEqualTo(TocText.key("讲一讲推荐系统包含哪些流程?"));
    assertThat(TocText.key("8.CVer整理")).isEqualTo(TocText.key("8.Cver整理"));
    assertThat(TocText.key("Q1. What  is a closure?")).isEqualTo(TocText.key("what is a closure?"));
    assertThat(TocText.key("1.2.3 什么是变量")).isEqualTo(TocText.key("什么是变量"));
  }

  @Test
  void keysAreWhatTheRegexesAndFullNormalisationGive() {
    Pattern emphasisRun = Pattern.compile("\\s*(?:\\*+|_{2,})\\s*");
    Pattern spaces = Pattern.compile("\\s+");
    String alphabet = "ab问题目1.: \t\n*_\u2028\u3000Ｑq9９\u00A0ﬁe\u0301ÅA\u030A①";
    long seed = 20261129L;
    Random random = new Random(seed);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String folded =
          Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
      String plain = emphasisRun.matcher(folded).replaceAll(" ");
      String collapsed = spaces.matcher(plain).replaceAll(" ").strip();
      String expected = TocText.LEADING_NUMBER.matcher(collapsed).replaceFirst("");

      assertThat(TocText.key(text.toString()))
          .as("key of '%s' (seed %d, case %d)", text, seed, n)
          .isEqualTo(expected);
    }
  }

  @Test
  void leadingNumbersInTraditionalChineseGoAndTheTextStaysAsWritten() {
    assertThat(TocText.key("問題1：什麼是閉包？")).isEqualTo(TocText.key("什麼是閉包？"));
    assertThat(TocText.hasLeadingNumber("題目3. 什麼是閉包")).isTrue();
    assertThat(TocText.withoutLeadingNumber("問題3：什麼是閉包")).isEqualTo("什麼是閉包");
  }

  @Test
  void numbersThatAreWordsStay() {
    assertThat(TocText.key("2D图像预训练")).isEqualTo("2d图像预训练");
    assertThat(TocText.key("10亿个数字")).isEqualTo("10亿个数字");
  }

  @Test
  void shownTextCountsCaseSpacingAndPunctuationButNotBoldOrALeftOutNumber() {
    assertThat(TocText.sameShownText("  **二分类的分类损失函数？**", "问题1： 二分类的分类损失函数？")).isTrue();
    assertThat(TocText.sameShownText("2.趣玩科技", "2. 趣玩科技")).isFalse();
    assertThat(
            TocText.sameShownText("为什么transformer中要用layerNorm", "问题10： 为什么transformer中要用LayerNorm"))
        .isFalse();
    assertThat(TocText.sameShownText("DDIM为什么可以加速", "问题5：DDIM为什么可以加速？")).isFalse();
  }

  @Test
  void unicodeSpacesAndFullWidthAsciiReadAsTheirPlainForms() {
    assertThat(TocText.sameShownText("Batch\u00A0Normalization", "Batch Normalization")).isTrue();
    assertThat(TocText.sameShownText("讲一讲\u3000推荐系统\u202F", "讲一讲 推荐系统")).isTrue();
    assertThat(TocText.sameShownText("\uFF32\uFF2E\uFF2E\uFF1F", "问题1：RNN?")).isTrue();
    assertThat(TocText.sameShownText("Batch\u00A0Normalization", "BatchNormalization")).isFalse();
    assertThat(TocText.sameShownText("Batch\u3000\u3000Norm", "Batch Norm")).isFalse();
  }

  @Test
  void anInvisibleOrLookAlikeDifferenceNamesTheCodePoints() {
    assertThat(TocText.invisibleDifference("RNN", "问题1：R\u200BNN"))
        .hasValue("U+200B ZERO WIDTH SPACE in the heading");
    assertThat(TocText.invisibleDifference("\u0421NN\u00AD", "问题1：CNN"))
        .hasValue(
            "U+0421 CYRILLIC CAPITAL LETTER ES in the entry, U+00AD SOFT HYPHEN in the entry");
    assertThat(TocText.invisibleDifference("\u200BR\u200BNN", "R\u200BNN"))
        .hasValue("U+200B ZERO WIDTH SPACE in both");
    assertThat(TocText.invisibleDifference("RNN模型", "R\u200BNN")).isEmpty();
  }

  @Test
  void keysIgnoreInvisibleAndLookAlikeCharacters() {
    assertThat(TocText.key("Dr\u043Ep\u200Bout")).isEqualTo(TocText.key("Dropout"));
    assertThat(TocText.key("\u039A-means\uFEFF")).isEqualTo(TocText.key("k-means"));
  }

  @Test
  void everyLookAlikeIsANonLatinLetterDrawnLikeALatinOne() {
    for (int c = 0; c < 0x3000; c++) {
      if (Character.isLetter(c)
          && !LookAlikes.plain(Character.toString(c)).equals(Character.toString(c))) {
        assertThat(LookAlikes.plain(Character.toString(c))).as("U+%04X", c).matches("[A-Za-z]");
        assertThat(Character.UnicodeScript.of(c))
            .isIn(Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.GREEK);
      }
    }
  }

  @Test
  void similarityIsOneMinusRelativeEditDistance() {
    assertThat(TocText.similarity("abcd", "abcd")).isEqualTo(1.0);
    assertThat(TocText.similarity("abcd", "abce")).isEqualTo(0.75);
    assertThat(TocText.similarity("a", "abcdef")).isZero();
  }

  @Test
  void theNormaliserShortcutAgreesWithTheNormaliserOnEveryCharacterItTakes() {
    for (char c = 0; c < 0xFFFF; c++) {
      String text = "a" + c + "問";
      String shortcut = TocText.commonNfkc(text);
      if (shortcut != null) {
        assertThat(shortcut)
            .as("U+%04X", (int) c)
            .isEqualTo(LookAlikes.plain(Normalizer.normalize(text, Normalizer.Form.NFKC)));
      }
    }
    assertThat(TocText.commonNfkc("什么是 Ｑ１？")).isEqualTo("什么是 Q1?");
    assertThat(TocText.commonNfkc("ﬁle")).isNull();
  }
}
