package io.github.qbanklint.rules.structure;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;

/**
 * Gaps, duplicates, out-of-order numbers and a first number other than 1 among a section's
 * questions.
 */
public final class QuestionNumberingRule implements Rule {
  private static final RuleMeta META =
      RuleMeta.builder("question-numbering")
          .family("structure")
          .summary("Question numbers in a section skip, repeat, go backwards or do not start at 1.")
          .severity(Severity.WARNING)
          .tags("structure", "numbering")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DocumentContext context) {
    new NumberingChecker(context, "question ", "questions").check(Outline.Item::question);
  }
}
