package io.github.qbanklint.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.rules.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Suggestions for broken anchors stop at a budget of comparisons; the findings do not. */
class AnchorSuggestionBudgetTest {
  private static final int HEADINGS = 2_001;

  @Test
  void brokenAnchorsPastTheSuggestionBudgetAreReportedWithoutASuggestion() {
    long affordable = LocalLinkCheck.SUGGESTION_COMPARISONS / HEADINGS;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < HEADINGS; i++) {
      text.append("## heading").append(i).append("\n\n");
    }
    for (int i = 0; i <= affordable; i++) {
      text.append("[typo](#heading").append(i).append("x)\n\n");
    }
    List<Finding> findings = RuleHarness.lint(new BrokenAnchorRule(), text.toString());

    assertThat(findings).hasSize((int) affordable + 1);
    assertThat(findings.subList(0, (int) affordable))
        .allSatisfy(f -> assertThat(f.message()).contains("did you mean #heading"));
    assertThat(findings.get((int) affordable).message())
        .doesNotContain("did you mean")
        .contains(": link an existing heading, or add an id.");
  }
}
