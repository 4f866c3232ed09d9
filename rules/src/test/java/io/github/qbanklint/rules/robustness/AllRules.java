package io.github.qbanklint.rules.robustness;

import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.config.RuleConfig;
import io.github.qbanklint.core.engine.LintEngine;
import io.github.qbanklint.core.engine.RuleRegistry;
import io.github.qbanklint.rules.BuiltInRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every built-in offline rule switched on, off-by-default ones included, whatever rules are
 * registered when the tests run. The prose family is left out: LanguageTool takes seconds to start
 * and is opt-in; remote link checking stays off because it is a setting, not a rule.
 */
public final class AllRules {
  private AllRules() {}

  public static List<Rule> rules() {
    return new BuiltInRules()
        .rules().stream().filter(r -> !r.meta().family().equals("prose")).toList();
  }

  public static LintEngine engine() {
    return engine(rules());
  }

  public static LintEngine engine(List<Rule> rules) {
    return new LintEngine(new RuleRegistry(rules));
  }

  /** The default configuration with every rule in {@link #rules()} enabled. */
  public static Config config() {
    return config(rules());
  }

  /** The default configuration with {@code rules} enabled, for an engine of those rules. */
  public static Config config(List<Rule> rules) {
    Config defaults = Config.defaults();
    Map<String, RuleConfig> enabled = new HashMap<>();
    for (Rule rule : rules) {
      enabled.put(rule.id(), new RuleConfig(Optional.of(true), Optional.empty(), Map.of(), 0, 0));
    }
    return new Config(
        defaults.source(),
        defaults.include(),
        defaults.exclude(),
        defaults.maxFileBytes(),
        defaults.conventions(),
        enabled,
        defaults.settings());
  }
}
