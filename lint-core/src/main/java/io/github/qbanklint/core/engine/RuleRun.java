package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.RuleOptions;
import io.github.qbanklint.core.api.Settings;
import java.util.List;

/**
 * What every rule context holds: the configured rule, the project settings, and the finding sink.
 */
abstract class RuleRun {
  protected final ConfiguredRule rule;
  protected final Settings settings;
  protected final List<Finding> sink;

  RuleRun(ConfiguredRule rule, Settings settings, List<Finding> sink) {
    this.rule = rule;
    this.settings = settings;
    this.sink = sink;
  }

  public RuleOptions options() {
    return rule.options();
  }

  public Settings settings() {
    return settings;
  }
}
