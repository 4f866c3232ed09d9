package io.github.qbanklint.rules.toc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.rules.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table of contents written as a Markdown table is checked like a list, but never regenerated:
 * its columns and group rows are the author's, so its findings carry no fix and do not offer {@code
 * qbank-lint fix --toc}.
 */
class TableTocTest {
  private static final String QUESTIONS =
      "\n## Core\n\n1. ### What is a closure?\n\n   A function with the variables of its scope.\n\n"
          + "2. ### What is a prototype chain?\n\n   The objects an object inherits from.\n\n"
          + "3. ### What is hoisting?\n\n   Declarations move to the top of their scope.\n";

  private static final List<Rule> RULES =
      List.of(new TocTextMismatchRule(), new TocMissingEntryRule(), new TocOrderRule());

  private static List<Finding> lint(String toc) {
    return RuleHarness.lint(RULES, "# Bank\n\n## Contents\n\n" + toc + QUESTIONS, "");
  }

  @Test
  void aTablesFindingsOfferNoRegeneration() {
    List<Finding> findings =
        lint(
            "| No. | Question |\n| --- | --- |\n"
                + "| 1 | [What is hoisting?](#what-is-hoisting) |\n"
                + "| 2 | [What is closure?](#what-is-a-closure) |\n");
    assertThat(findings)
        .extracting(Finding::ruleId)
        .containsExactlyInAnyOrder("toc-text-mismatch", "toc-missing-entry", "toc-order");
    assertThat(findings).allSatisfy(f -> assertThat(f.fix()).isEmpty());
    assertThat(findings).extracting(Finding::message).noneMatch(m -> m.contains("fix --toc"));
  }

  @Test
  void theSameListsFindingsDo() {
    List<Finding> findings =
        lint(
            "- [What is hoisting?](#what-is-hoisting)\n- [What is closure?](#what-is-a-closure)\n");
    assertThat(findings).hasSize(3).allSatisfy(f -> assertThat(f.fix()).isPresent());
    assertThat(findings).extracting(Finding::message).allMatch(m -> m.contains("fix --toc"));
  }
}
