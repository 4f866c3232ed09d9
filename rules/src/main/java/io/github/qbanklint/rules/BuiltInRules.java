package io.github.qbanklint.rules;

import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleProvider;
import io.github.qbanklint.rules.answers.EmptyAnswerRule;
import io.github.qbanklint.rules.answers.EmptySectionRule;
import io.github.qbanklint.rules.file.FileEncodingRule;
import io.github.qbanklint.rules.prose.ProseRule;
import java.util.List;

/** The one list of built-in rules. Each family keeps its rules in its own package. */
public final class BuiltInRules implements RuleProvider {

  @Override
  public List<Rule> rules() {
    return List.of(
        // answers
        new EmptyAnswerRule(),
        new EmptySectionRule(),
        // file
        new FileEncodingRule(),
        // prose
        new ProseRule());
  }
}
