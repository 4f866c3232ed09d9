package io.github.qbanklint.core.config;

import io.github.qbanklint.core.api.ConfigKey;
import io.github.qbanklint.core.api.SettingException;
import io.github.qbanklint.core.bank.BankConventions;
import io.github.qbanklint.core.bank.QuestionShape;
import io.github.qbanklint.core.text.DidYouMean;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code conventions:} section; every key is optional and defaults to {@link
 * BankConventions#defaults()}. {@code shapes} names the question shapes to detect (all when
 * absent); {@code questionLevels} makes every heading at those levels a question.
 */
public record ConventionsConfig(
    List<String> tocHeadings,
    @ConfigKey.Regex List<String> questionPatterns,
    Boolean questionMarkEndsQuestion,
    @ConfigKey.Regex String numberPattern,
    @ConfigKey.Range(min = 1, max = 6) List<Integer> questionLevels,
    List<String> placeholders,
    List<String> shapes) {

  private static final List<String> SHAPES =
      Arrays.stream(QuestionShape.values()).map(QuestionShape::id).toList();

  public ConventionsConfig {
    if (shapes != null) {
      for (String shape : shapes) {
        if (QuestionShape.byId(shape).isEmpty()) {
          throw new SettingException(
              "conventions.shapes",
              "'"
                  + shape
                  + "' is not one of "
                  + String.join(", ", SHAPES)
                  + DidYouMean.hint(shape, SHAPES));
        }
      }
    }
  }

  BankConventions toConventions() {
    BankConventions d = BankConventions.defaults();
    return new BankConventions(
        tocHeadings != null ? tocHeadings : d.tocHeadings(),
        questionPatterns != null ? questionPatterns : d.questionPatterns(),
        questionMarkEndsQuestion != null ? questionMarkEndsQuestion : d.questionMarkEndsQuestion(),
        numberPattern != null ? numberPattern : d.numberPattern(),
        questionLevels != null ? questionLevels : d.questionLevels(),
        placeholders != null ? placeholders : d.placeholders(),
        shapes != null
            ? shapes.stream().map(s -> QuestionShape.byId(s).orElseThrow()).toList()
            : d.shapes());
  }
}
