package io.github.qbanklint.core.api;

import java.util.List;

/**
 * A set of rules, found with {@link java.util.ServiceLoader}: list an implementation in {@code
 * META-INF/services/io.github.qbanklint.core.api.RuleProvider} to add rules to qbank-lint.
 */
public interface RuleProvider {
  List<Rule> rules();
}
