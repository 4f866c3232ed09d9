package io.github.qbanklint.core.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.document.ChineseScript;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerClassifierTest {
  /** The definition the character filter implements. */
  private static final Pattern FILLER =
      Pattern.compile("[\\s\\p{Punct}（）【】。，：；、…\\p{So}\\p{Sk}\\p{Me}\\x{FE0F}\\x{200D}]+");

  private static String byRegex(String text) {
    String folded =
        ChineseScript.simplified(
            Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
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
  void normaliseDropsEmojiOutsideTheBasicPlane() {
    assertThat(AnswerClassifier.normalise("💡 TODO")).isEqualTo("todo");
    assertThat(AnswerClassifier.normalise("🚧 Coming soon 🚧")).isEqualTo("comingsoon");
    assertThat(AnswerClassifier.normalise("✅️ 待补充")).isEqualTo("待补充");
  }

  @Test
  void theLengthShortcutDecidesAsNormalisingDoes() {
    List<String> placeholders = List.of("TODO", "待补充", "ab", "é", "①");
    AnswerClassifier classifier = new AnswerClassifier(placeholders);
    Set<String> normalised =
        placeholders.stream().map(AnswerClassifier::normalise).collect(Collectors.toSet());
    String alphabet = "todTOD待补充ab é\u0301e①1 *-（）…ＴＯ\u3000ﬁ";
    long seed = 20261129L;
    Random random = new Random(seed);
    int placeholderCount = 0;
    for (int n = 0; n < 50_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(9); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      boolean expected = normalised.contains(AnswerClassifier.normalise(text.toString()));
      placeholderCount += expected ? 1 : 0;
      assertThat(classifier.isPlaceholder(text.toString()))
          .as("'%s' (seed %d, case %d)", text, seed, n)
          .isEqualTo(expected);
    }
    assertThat(placeholderCount).as("placeholders among the generated texts").isGreaterThan(100);
  }

  /** The kind of the first block of {@code markdown}, under the default placeholders. */
  private static AnswerClassifier.Kind kindOf(String markdown) {
    return new AnswerClassifier(BankConventions.DEFAULT_PLACEHOLDERS)
        .kind(Parser.builder().build().parse(markdown).getFirstChild());
  }

  @Test
  void anAnswerLabelSaysNothingByItself() {
    assertThat(List.of("A:", "**A：**", "Answer:", "ans :", "答：", "答案:", "参考答案：", "<p>A:</p>"))
        .allSatisfy(label -> assertThat(kindOf(label)).isEqualTo(AnswerClassifier.Kind.FILLER));
    assertThat(List.of("A4:", "Answer 3:", "答案1：", "A6."))
        .as("a label may carry its question's number")
        .allSatisfy(label -> assertThat(kindOf(label)).isEqualTo(AnswerClassifier.Kind.FILLER));
    assertThat(List.of("A: TODO", "**Answer:** TBD", "答：待补充", "A5: TODO", "A12. TBD"))
        .allSatisfy(text -> assertThat(kindOf(text)).isEqualTo(AnswerClassifier.Kind.PLACEHOLDER));
    assertThat(
            List.of(
                "A", "答案：D", "A: The JVM.", "Analysis: TODO", "Ask: TODO", "A. TODO", "a1. TODO"))
        .as("a bare letter is a multiple-choice answer; only the labels are dropped")
        .allSatisfy(text -> assertThat(kindOf(text)).isEqualTo(AnswerClassifier.Kind.CONTENT));
  }

  @Test
  void aPartLabelSaysNothingByItselfAndHidesNoPlaceholder() {
    assertThat(List.of("**Explanation:**", "Explanation :", "解析：", "<p>解説：</p>"))
        .allSatisfy(label -> assertThat(kindOf(label)).isEqualTo(AnswerClassifier.Kind.FILLER));
    assertThat(
            List.of(
                "Explanation: TODO",
                "**Explanation:** TBD",
                "解析：暂无",
                "解析：略",
                "Answer: Explanation: TODO"))
        .allSatisfy(text -> assertThat(kindOf(text)).isEqualTo(AnswerClassifier.Kind.PLACEHOLDER));
    assertThat(List.of("Explanation: the loop runs twice.", "Explanations: TODO", "解析几何：TODO"))
        .as("an explanation of its own, or a word that only starts like the label, is content")
        .allSatisfy(text -> assertThat(kindOf(text)).isEqualTo(AnswerClassifier.Kind.CONTENT));
  }

  @Test
  void aLinkBackUpThePageIsFiller() {
    assertThat(
            List.of(
                "**[⬆ Back to Top](#table-of-contents)**",
                "[↑ top](#top)",
                "*[返回目录](#目录)*",
                "[⬆](#readme) | [Back to TOC](#toc)",
                "<div align=\"right\"><b><a href=\"#table-of-contents\">↥ back to top</a></b></div>",
                "<p align=\"right\"><a href=\"#目录\">⬆ 回到顶部</a></p>"))
        .allSatisfy(text -> assertThat(kindOf(text)).isEqualTo(AnswerClassifier.Kind.FILLER));
    assertThat(
            List.of(
                "[Back to top](https://example.com/#top)",
                "**[See the answer to Q5](#q5)**",
                "Back to [top](#top) after reading this.",
                "<a href=\"https://example.com\">back to top</a>"))
        .as("a link elsewhere, or one that says more than where it goes, is no navigation")
        .allSatisfy(text -> assertThat(kindOf(text)).isNotEqualTo(AnswerClassifier.Kind.FILLER));
  }

  @Test
  void placeholdersMatchWhateverTheirWrapping() {
    assertThat(AnswerClassifier.normalise(" **TODO:** ")).isEqualTo("todo");
    assertThat(AnswerClassifier.normalise("（待补充）…")).isEqualTo("待补充");
    assertThat(AnswerClassifier.normalise("- [ ] ＴＯＤＯ")).isEqualTo("todo");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Answer here",
        "Your answer here",
        "TODO: answer",
        "答案待补充",
        "暂无答案",
        "A: TODO",
        "答：待补充",
        "Answer: TBD"
      })
  void aPlaceholderNamingTheAnswerSaysWhereItGoes(String placeholder) {
    assertThat(
            new AnswerClassifier(BankConventions.DEFAULT_PLACEHOLDERS)
                .namesAnswerPlace(placeholder))
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"TODO", "TBD", "待补充", "略", "Explanation: TODO"})
  void aBarePlaceholderMayBeANote(String placeholder) {
    assertThat(
            new AnswerClassifier(BankConventions.DEFAULT_PLACEHOLDERS)
                .namesAnswerPlace(placeholder))
        .isFalse();
  }
}
