package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleOptions;
import io.github.qbanklint.core.api.Severity;

/** A rule with the severity and options the configuration gives it. */
public record ConfiguredRule(Rule rule, Severity severity, RuleOptions options) {
  public String id() {
    return rule.id();
  }
}
