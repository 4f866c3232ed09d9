package io.github.qbanklint.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.rules.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Suggestions for broken anchors stop when their budget of work is spent; the findings do not. */
class AnchorSuggestionBudgetTest {
  private static final int HEADINGS = 2_001;

  @Test
  void brokenAnchorsPastTheSuggestionBudgetAreReportedWithoutASuggestion() {
    // Each look-up reads 2,001 anchors and fills up to 12 x 11 cells for each: more than the
    // budget allows for 2,001 of them.
    assertThat(HEADINGS * HEADINGS * 12L * 11).isGreaterThan(AnchorCheck.SUGGESTION_WORK);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < HEADINGS; i++) {
      text.append(String.format("## heading%04d%n%n", i));
    }
    for (int i = 0; i < HEADINGS; i++) {
      text.append(String.format("[typo](#heading%04dx)%n%n", i));
    }
    List<Finding> findings = RuleHarness.lint(new BrokenAnchorRule(), text.toString());

    assertThat(findings).hasSize(HEADINGS);
    int suggested =
        (int) findings.stream().filter(f -> f.message().contains("did you mean")).count();
    assertThat(suggested).isBetween(1, HEADINGS - 1);
    assertThat(findings.subList(0, suggested))
        .allSatisfy(f -> assertThat(f.message()).contains("did you mean #heading"));
    assertThat(findings.subList(suggested, HEADINGS))
        .allSatisfy(
            f -> assertThat(f.message()).endsWith(": link an existing heading, or add an id."));
  }
}
