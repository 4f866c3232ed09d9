package io.github.qbanklint.rules.prose;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.engine.LintEngine;
import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.RuleRegistry;
import java.nio.file.Path;
import java.util.List;

/** Runs a default lint the way the CLI does; called reflectively inside another class loader. */
public final class IsolatedLint {
  private IsolatedLint() {}

  /** The rule ids of the findings. */
  public static List<String> lintWithDefaults(Path directory) {
    return new LintEngine(RuleRegistry.load())
            .run(new LintRequest(List.of(directory), directory, Config.defaults(), 2))
            .findings()
            .stream()
            .map(Finding::ruleId)
            .toList();
  }
}
