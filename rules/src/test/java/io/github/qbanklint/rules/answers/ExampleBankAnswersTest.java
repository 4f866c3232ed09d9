package io.github.qbanklint.rules.answers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.rules.testing.ExampleBank;
import io.github.qbanklint.rules.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The answers rules on the real example bank: exactly its known defects. */
class ExampleBankAnswersTest {

  @Test
  void reportsTheFiftyNineUnansweredQuestionsOnTheirHeadingLines() {
    List<Finding> findings = RuleHarness.lint(new EmptyAnswerRule(), ExampleBank.text());
    assertThat(findings).hasSize(59);
    assertThat(findings).allSatisfy(f -> assertThat(ExampleBank.line(f.line())).startsWith("###"));
    assertThat(findings.stream().map(Finding::line).distinct()).hasSize(59);
  }

  @Test
  void reportsOnlyShangtangAsAnEmptySection() {
    List<Finding> findings = RuleHarness.lint(new EmptySectionRule(), ExampleBank.text());
    assertThat(findings).extracting(Finding::line).containsExactly(1939);
    assertThat(findings.get(0).message()).contains("商汤科技");
  }
}
