package io.github.qbanklint.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.rules.answers.EmptySectionRule;
import io.github.qbanklint.rules.testing.FixtureBanks;
import io.github.qbanklint.rules.testing.RuleHarness;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The structure rules that read heading roles, on lint-core's fixture banks, each pinned by a
 * hand-written golden outline: the findings are exactly the ones judged real (that none lands on an
 * answer-heading is checked for every rule by {@code FixtureBanksTest}).
 */
class FixtureBanksStructureTest {
  private static final String ANSWER_HEADINGS_ON =
      "rules:\n  heading-increment:\n    answerHeadings: true\n";

  @Test
  void theFindingsAreTheJudgedOnes() throws IOException {
    List<String> all = new ArrayList<>();
    for (String bank : FixtureBanks.names().map(n -> n.replace(".md", "")).toList()) {
      findings(bank).forEach(f -> all.add(bank + ":" + f.line() + " " + f.ruleId()));
      RuleHarness.lint(new HeadingIncrementRule(), read(bank), ANSWER_HEADINGS_ON)
          .forEach(f -> all.add(bank + ":" + f.line() + " heading-increment answerHeadings"));
    }
    assertThat(all)
        .containsExactlyInAnyOrder(
            // ### Table of Contents under the # title, as the banks written this way have it
            "en-list-headings:5 heading-increment",
            "en-list-headings:5 heading-increment answerHeadings",
            // ###### questions under an HTML <h1>, as the quiz this bank imitates has them
            "en-quiz-details:7 heading-increment",
            "en-quiz-details:7 heading-increment answerHeadings",
            // the same quiz in Korean: ###### questions under the # title
            "ko-quiz:5 heading-increment",
            "ko-quiz:5 heading-increment answerHeadings",
            // ## 4.11训练经验总结 continues 4.10, an h3 question inside chapter 四
            "zh-numbered-headings:153 section-numbering");
  }

  /** Findings of every rule under test, with their default options. */
  private static List<Finding> findings(String bank) throws IOException {
    String text = read(bank);
    List<Finding> findings = new ArrayList<>();
    for (Rule rule :
        List.of(
            new QuestionNumberingRule(),
            new SectionNumberingRule(),
            new DeclaredCountRule(),
            new HeadingIncrementRule(),
            new EmptySectionRule())) {
      findings.addAll(RuleHarness.lint(rule, text));
    }
    return findings;
  }

  private static String read(String bank) {
    return FixtureBanks.text(bank + ".md");
  }
}
