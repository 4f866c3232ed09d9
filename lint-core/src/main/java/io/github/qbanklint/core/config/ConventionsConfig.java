package io.github.qbanklint.core.config;

import io.github.qbanklint.core.bank.BankConventions;
import java.util.List;

/**
 * The {@code conventions:} section; every key is optional and defaults to {@link
 * BankConventions#defaults()}.
 */
public record ConventionsConfig(
    List<String> tocHeadings,
    List<String> questionPatterns,
    Boolean questionMarkEndsQuestion,
    String numberPattern,
    List<Integer> questionLevels,
    List<String> placeholders) {

  BankConventions toConventions() {
    BankConventions d = BankConventions.defaults();
    return new BankConventions(
        tocHeadings != null ? tocHeadings : d.tocHeadings(),
        questionPatterns != null ? questionPatterns : d.questionPatterns(),
        questionMarkEndsQuestion != null ? questionMarkEndsQuestion : d.questionMarkEndsQuestion(),
        numberPattern != null ? numberPattern : d.numberPattern(),
        questionLevels != null ? questionLevels : d.questionLevels(),
        placeholders != null ? placeholders : d.placeholders());
  }
}
