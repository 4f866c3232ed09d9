package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleOptions;
import io.github.qbanklint.core.api.RuleProvider;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.config.ConfigException;
import io.github.qbanklint.core.config.RuleConfig;
import io.github.qbanklint.core.text.DidYouMean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/** Every known rule, from the {@link RuleProvider}s on the class path, and their configuration. */
public final class RuleRegistry {
  private final Map<String, Rule> rules;
  private final Set<String> ids;

  public RuleRegistry(List<Rule> rules) {
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (Rule rule : rules) {
      if (byId.put(rule.id(), rule) != null) {
        throw new IllegalStateException("two rules have the id '" + rule.id() + "'");
      }
    }
    this.rules = byId;
    this.ids = Set.copyOf(byId.keySet());
  }

  /** The rules of every provider registered with {@link ServiceLoader}. */
  public static RuleRegistry load() {
    List<Rule> rules = new ArrayList<>();
    for (RuleProvider provider :
        ServiceLoader.load(RuleProvider.class, RuleRegistry.class.getClassLoader())) {
      rules.addAll(provider.rules());
    }
    rules.sort(Comparator.comparing((Rule r) -> r.meta().family()).thenComparing(Rule::id));
    return new RuleRegistry(rules);
  }

  /** The id of every rule, enabled or not: what a rule id in a config or a comment may name. */
  public Set<String> ids() {
    return ids;
  }

  public List<Rule> all() {
    return List.copyOf(rules.values());
  }

  /** The enabled rules with their severities and options; unknown ids and options are errors. */
  public List<ConfiguredRule> configure(Config config) {
    Path source = config.source().orElse(null);
    for (Map.Entry<String, RuleConfig> entry : config.rules().entrySet()) {
      if (!rules.containsKey(entry.getKey())) {
        RuleConfig rc = entry.getValue();
        throw new ConfigException(
            source,
            rc.line(),
            rc.column(),
            "unknown rule '"
                + entry.getKey()
                + "' under rules (see 'qbank-lint rules')"
                + DidYouMean.hint(entry.getKey(), rules.keySet()));
      }
    }
    List<ConfiguredRule> configured = new ArrayList<>();
    for (Rule rule : rules.values()) {
      RuleConfig rc = config.rules().get(rule.id());
      boolean enabled =
          rc != null && rc.enabled().isPresent()
              ? rc.enabled().get()
              : rule.meta().enabledByDefault();
      if (rc != null && rc.severity().isPresent() && rc.enabled().isEmpty()) {
        enabled = true;
      }
      RuleOptions options = options(rule, rc, source);
      if (enabled && rule.missingRequirement().isPresent()) {
        throw new ConfigException(
            source,
            rc == null ? 0 : rc.line(),
            rc == null ? 0 : rc.column(),
            "rule " + rule.id() + " is enabled but cannot run: " + rule.missingRequirement().get());
      }
      if (enabled) {
        configured.add(
            new ConfiguredRule(
                rule,
                rc != null && rc.severity().isPresent()
                    ? rc.severity().get()
                    : rule.meta().defaultSeverity(),
                options));
      }
    }
    return configured;
  }

  /**
   * The effective options of one rule under {@code config}, whether it is enabled or not (what a
   * report that shares a rule's setting reads); empty when no rule has that id.
   */
  public Optional<RuleOptions> options(String ruleId, Config config) {
    return Optional.ofNullable(rules.get(ruleId))
        .map(rule -> options(rule, config.rules().get(ruleId), config.source().orElse(null)));
  }

  private static RuleOptions options(Rule rule, RuleConfig rc, Path source) {
    return new RuleOptionReader(rule, source).read(rc);
  }
}
