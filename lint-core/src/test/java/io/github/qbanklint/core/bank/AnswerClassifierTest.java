package io.github.qbanklint.core.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnswerClassifierTest {
  /** The definition the character filter implements. */
  private static final Pattern FILLER = Pattern.compile("[\\s\\p{Punct}（）【】。，：；、…]+");

  private static String byRegex(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return FILLER.matcher(folded).replaceAll("");
  }

  @Test
  void normaliseDropsWhatTheFillerRegexMatchesForEveryCharacter() {
    for (char c = 1; c < Character.MAX_VALUE; c++) {
      if (Character.isSurrogate(c)) {
        continue;
      }
      String text = "a" + c + "B";
      assertThat(AnswerClassifier.normalise(text)).as("U+%04X", (int) c).isEqualTo(byRegex(text));
    }
  }

  @Test
  void placeholdersMatchWhateverTheirWrapping() {
    assertThat(AnswerClassifier.normalise(" **TODO:** ")).isEqualTo("todo");
    assertThat(AnswerClassifier.normalise("（待补充）…")).isEqualTo("待补充");
    assertThat(AnswerClassifier.normalise("- [ ] ＴＯＤＯ")).isEqualTo("todo");
  }
}
