package io.github.qbanklint.rules.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.rules.testing.RuleFixtureTest;
import io.github.qbanklint.rules.testing.RuleHarness;
import org.junit.jupiter.api.Test;

class UnknownSuppressionRuleTest extends RuleFixtureTest {

  @Test
  void theMessageNamesTheIdAndTheClosestRule() {
    String text = "# Bank\n\n<!-- qbank-lint-disable-next-line empty-anwser -->\n### Q1. Why?\n";
    assertThat(RuleHarness.lint(new UnknownSuppressionRule(), text))
        .extracting(f -> f.line() + ":" + f.column() + "-" + f.endColumn() + " " + f.message())
        .containsExactly(
            "3:35-47 unknown rule 'empty-anwser' in a suppression comment; did you mean"
                + " 'empty-answer'? The comment suppresses nothing for it.");
  }

  @Test
  void anIdLikeNoRuleSaysWhereTheIdsAreListed() {
    assertThat(
            RuleHarness.lint(
                new UnknownSuppressionRule(), "<!-- qbank-lint-disable-file xyzzy -->\n"))
        .extracting(Finding::message)
        .containsExactly(
            "unknown rule 'xyzzy' in a suppression comment; 'qbank-lint rules' lists the rule"
                + " ids. The comment suppresses nothing for it.");
  }
}
