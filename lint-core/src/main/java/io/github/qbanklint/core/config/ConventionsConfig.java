package io.github.qbanklint.core.config;

import io.github.qbanklint.core.api.ConfigKey;
import io.github.qbanklint.core.bank.BankConventions;
import io.github.qbanklint.core.bank.QuestionShape;
import java.util.List;

/**
 * The {@code conventions:} section; every key is optional and defaults to {@link
 * BankConventions#defaults()}. {@code shapes} names the question shapes to detect (all when
 * absent); {@code questionLevels} makes every heading at those levels a question.
 */
public record ConventionsConfig(
    @ConfigKey.Doc(
            value = "Heading texts that introduce a table of contents.",
            example = "[\"Contents\", \"目录\"]")
        List<String> tocHeadings,
    @ConfigKey.Doc(
            value =
                "Question markers (shape heading-marker), matched at the start of a heading or"
                    + " bold question; the named group \"number\" is the question number.",
            example = "['问题\\s*(?<number>\\d+)', 'Q\\s*(?<number>\\d+)[:：.]']")
        @ConfigKey.Regex
        List<String> questionPatterns,
    @ConfigKey.Doc(
            value = "A heading ending in ? or ？ is a question (shape heading-question-mark).",
            example = "false")
        Boolean questionMarkEndsQuestion,
    @ConfigKey.Doc(
            "A leading sequence number such as 3, 3. or 1.2.3 (shape heading-numbered); the named"
                + " group \"number\" is the number.")
        @ConfigKey.Regex
        String numberPattern,
    @ConfigKey.Doc(
            value = "Heading levels whose headings are all questions; empty: detect.",
            example = "[3]")
        @ConfigKey.Range(min = 1, max = 6)
        List<Integer> questionLevels,
    @ConfigKey.Doc(
            value =
                "Answer texts that mean \"not written yet\" (case, spaces and punctuation"
                    + " ignored).",
            example = "[\"TODO\", \"待补充\"]")
        List<String> placeholders,
    @ConfigKey.Doc(
            value = "Question shapes to detect (docs/bank-conventions.md); empty: all of them.",
            example = "[heading-marker, heading-numbered]")
        @ConfigKey.OneOf({
          "heading-marker",
          "heading-numbered",
          "heading-question-mark",
          "heading-interrogative",
          "heading-leaf",
          "bold-paragraph",
          "numbered-bold",
          "marker-paragraph",
          "list-item-question",
          "details-summary",
          "table-row",
          "front-matter-title"
        })
        List<String> shapes) {

  /** The defaults of {@link BankConventions#defaults()}, as a config file writes them. */
  static ConventionsConfig defaults() {
    BankConventions d = BankConventions.defaults();
    return new ConventionsConfig(
        d.tocHeadings(),
        d.questionPatterns(),
        d.questionMarkEndsQuestion(),
        d.numberPattern(),
        d.questionLevels(),
        d.placeholders(),
        d.shapes().stream().map(QuestionShape::id).toList());
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
