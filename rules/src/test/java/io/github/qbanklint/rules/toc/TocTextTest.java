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
  void similarityIsOneMinusRelativeEditDistance() {
    assertThat(TocText.similarity("abcd", "abcd")).isEqualTo(1.0);
    assertThat(TocText.similarity("abcd", "abce")).isEqualTo(0.75);
    assertThat(TocText.similarity("a", "abcdef")).isZero();
  }
}
