package io.github.qbanklint.core.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.qbanklint.core.api.OptionSpec;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleOptions;
import io.github.qbanklint.core.api.RuleProvider;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.config.ConfigException;
import io.github.qbanklint.core.config.RuleConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Every known rule, from the {@link RuleProvider}s on the class path, and their configuration. */
public final class RuleRegistry {
  private final Map<String, Rule> rules;

  public RuleRegistry(List<Rule> rules) {
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (Rule rule : rules) {
      if (byId.put(rule.id(), rule) != null) {
        throw new IllegalStateException("two rules have the id '" + rule.id() + "'");
      }
    }
    this.rules = byId;
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
            "unknown rule '" + entry.getKey() + "' under rules (see 'qbank-lint rules')");
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
    Map<String, Object> values = new HashMap<>();
    Map<String, OptionSpec> specs = new HashMap<>();
    for (OptionSpec spec : rule.meta().options()) {
      values.put(spec.name(), spec.defaultValue());
      specs.put(spec.name(), spec);
    }
    if (rc != null) {
      for (Map.Entry<String, RuleConfig.LocatedValue> e : rc.options().entrySet()) {
        OptionSpec spec = specs.get(e.getKey());
        RuleConfig.LocatedValue located = e.getValue();
        if (spec == null) {
          throw new ConfigException(
              source,
              located.line(),
              located.column(),
              "unknown option '"
                  + e.getKey()
                  + "' for rule "
                  + rule.id()
                  + (specs.isEmpty()
                      ? " (it has no options)"
                      : " (options: "
                          + String.join(", ", specs.keySet().stream().sorted().toList())
                          + ")"));
        }
        values.put(spec.name(), convert(spec, located, rule, source));
      }
    }
    return new RuleOptions(values);
  }

  private static Object convert(
      OptionSpec spec, RuleConfig.LocatedValue located, Rule rule, Path source) {
    JsonNode v = located.value();
    Object result =
        switch (spec.type()) {
          case BOOLEAN -> v.isBoolean() ? v.booleanValue() : null;
          case INTEGER -> v.canConvertToInt() && v.isIntegralNumber() ? v.intValue() : null;
          case NUMBER ->
              v.isNumber() && spec.range().map(r -> r.contains(v.doubleValue())).orElse(true)
                  ? v.doubleValue()
                  : null;
          case STRING ->
              v.isTextual() && (spec.choices().isEmpty() || spec.choices().contains(v.textValue()))
                  ? v.textValue()
                  : null;
          case STRING_LIST -> stringList(v);
          case REGEX_LIST -> regexList(v, spec, located, rule, source);
        };
    if (result == null) {
      throw new ConfigException(
          source,
          located.line(),
          located.column(),
          "option '"
              + spec.name()
              + "' of rule "
              + rule.id()
              + " must be "
              + expected(spec)
              + ", not "
              + v);
    }
    return result;
  }

  private static String expected(OptionSpec spec) {
    if (!spec.choices().isEmpty()) {
      return "one of " + String.join(", ", spec.choices());
    }
    if (spec.range().isPresent()) {
      return "a number from " + spec.range().get().describe();
    }
    return spec.type() == OptionSpec.Type.REGEX_LIST
        ? "a list of regexes"
        : spec.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /** A list of strings that all compile as regexes; a bad one is an error that names it. */
  private static List<String> regexList(
      JsonNode v, OptionSpec spec, RuleConfig.LocatedValue located, Rule rule, Path source) {
    List<String> patterns = stringList(v);
    for (String pattern : patterns == null ? List.<String>of() : patterns) {
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        throw new ConfigException(
            source,
            located.line(),
            located.column(),
            "option '"
                + spec.name()
                + "' of rule "
                + rule.id()
                + ": '"
                + pattern
                + "' is not a valid regex ("
                + e.getDescription()
                + ")");
      }
    }
    return patterns;
  }

  private static List<String> stringList(JsonNode v) {
    if (!v.isArray()) {
      return null;
    }
    List<String> items = new ArrayList<>();
    for (JsonNode item : v) {
      if (!item.isTextual()) {
        return null;
      }
      items.add(item.textValue());
    }
    return List.copyOf(items);
  }
}
