package io.github.qbanklint.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextCharsTest {
  /** What folding means: NFKC, lower case, simplified Chinese, letters and digits only. */
  private static String reference(String text) {
    String folded =
        ChineseScript.simplified(
            Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    StringBuilder letters = new StringBuilder();
    folded.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
    return letters.toString();
  }

  @Test
  void everyCharacterFoldsAsNfkcFoldsIt() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String text = String.valueOf(c);
      assertThat(TextChars.foldedLetters(text)).as("U+%04X", (int) c).isEqualTo(reference(text));
    }
  }

  @Test
  void charactersLeftAsTheyAreFoldTheSameBesideAnyOther() {
    String pool =
        "aZ9 :、。「」〈〉問題问题答え解答を見るが정답답변ＡＺ１：！"
            + "\u3099\u309a\u0301\u1161\u11a8①ﾀﾞÉ\ud83d\ude00\u00a0\u3000\u3038";
    Random random = new Random(20261206);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(12); n >= 0; n--) {
        text.append(pool.charAt(random.nextInt(pool.length())));
      }
      assertThat(TextChars.foldedLetters(text.toString()))
          .as("%s", text)
          .isEqualTo(reference(text.toString()));
    }
  }

  @Test
  void labelsFoldToTheirLetters() {
    assertThat(TextChars.foldedLetters("💡 Show Answer:")).isEqualTo("showanswer");
    assertThat(TextChars.foldedLetters("點擊查看答案")).isEqualTo("点击查看答案");
    assertThat(TextChars.foldedLetters("ＡＢＣ：答え")).isEqualTo("abc答え");
  }
}
