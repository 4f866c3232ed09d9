package io.github.qbanklint.rules.file;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.document.SuppressionComment;
import io.github.qbanklint.core.text.DidYouMean;
import java.util.Set;

/**
 * A rule id in a suppression comment ({@code <!-- qbank-lint-disable-next-line empty-anwser -->})
 * that names no known rule: the comment then suppresses nothing for it, silently.
 */
public final class UnknownSuppressionRule implements Rule {
  /** What a comment without ids stands for; written out, it is not a misspelt id. */
  private static final String EVERY_RULE = "*";

  private static final RuleMeta META =
      RuleMeta.builder("unknown-suppression")
          .family("file")
          .summary("A suppression comment names a rule that does not exist.")
          .severity(Severity.WARNING)
          .tags("file", "suppression")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DocumentContext context) {
    Set<String> known = context.ruleIds();
    for (SuppressionComment comment : SuppressionComment.of(context.document())) {
      for (SuppressionComment.RuleName name : comment.rules()) {
        if (!known.contains(name.id()) && !name.id().equals(EVERY_RULE)) {
          context.report(name.start(), name.end(), message(name.id(), known));
        }
      }
    }
  }

  private static String message(String id, Set<String> known) {
    String hint = DidYouMean.hint(id, known);
    return "unknown rule '"
        + id
        + "' in a suppression comment"
        + (hint.isEmpty() ? "; 'qbank-lint rules' lists the rule ids." : hint)
        + " The comment suppresses nothing for it.";
  }
}
