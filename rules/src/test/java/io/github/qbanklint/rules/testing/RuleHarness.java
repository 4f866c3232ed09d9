package io.github.qbanklint.rules.testing;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.config.ConfigLoader;
import io.github.qbanklint.core.config.RuleConfig;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.engine.LintEngine;
import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.engine.RuleRegistry;
import io.github.qbanklint.rules.BuiltInRules;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs one rule, and only that rule, on text or on a directory, for tests. */
public final class RuleHarness {
  private RuleHarness() {}

  public static List<Finding> lint(Rule rule, String text) {
    return lint(rule, text, "");
  }

  /** Lints {@code text} as {@code fixture.md} with the config given as YAML. */
  public static List<Finding> lint(Rule rule, String text, String configYaml) {
    return lint(List.of(rule), text, configYaml);
  }

  /** Lints {@code text} as {@code fixture.md} with these rules (all switched on) together. */
  public static List<Finding> lint(List<Rule> rules, String text, String configYaml) {
    Config config = onlyUnderTest(rules, configYaml);
    Document document = Document.of("fixture.md", text, config.settings().maxInlineChars());
    return new LintEngine(registry(rules))
        .withFixes()
        .lintDocuments(Path.of("").toAbsolutePath(), List.of(document), config)
        .findings();
  }

  /**
   * Lints in-memory documents together, so that workspace rules see all of them, as the fix command
   * does: findings carry every fix the rule offers.
   */
  public static LintResult run(Rule rule, String configYaml, List<Document> documents) {
    return new LintEngine(registry(List.of(rule)))
        .withFixes()
        .lintDocuments(
            Path.of("").toAbsolutePath(), documents, onlyUnderTest(List.of(rule), configYaml));
  }

  /** Lints the files under {@code directory} with only {@code rule} enabled. */
  public static LintResult lintDirectory(Rule rule, Path directory, String configYaml) {
    return new LintEngine(registry(List.of(rule))).run(request(rule, directory, configYaml));
  }

  /** The same, reporting the files at {@code reported} only, as {@code check --staged} does. */
  public static LintResult lintDirectory(
      Rule rule, Path directory, String configYaml, java.util.Set<String> reported) {
    return new LintEngine(registry(List.of(rule)))
        .run(request(rule, directory, configYaml).reportingOnly(reported));
  }

  private static LintRequest request(Rule rule, Path directory, String configYaml) {
    return new LintRequest(
        List.of(directory), directory, onlyUnderTest(List.of(rule), configYaml), 1);
  }

  /**
   * The rules under test and every built-in rule, so that the run knows the real rule ids (which
   * rule ids a suppression comment may name) while {@link #onlyUnderTest} keeps the others off.
   */
  private static RuleRegistry registry(List<Rule> underTest) {
    Map<String, Rule> rules = new LinkedHashMap<>();
    underTest.forEach(rule -> rules.put(rule.id(), rule));
    new BuiltInRules().rules().forEach(rule -> rules.putIfAbsent(rule.id(), rule));
    return new RuleRegistry(List.copyOf(rules.values()));
  }

  /** The config of {@link #configFor}, with every built-in rule not under test switched off. */
  private static Config onlyUnderTest(List<Rule> underTest, String configYaml) {
    Config config = configFor(underTest, configYaml);
    Set<String> tested = underTest.stream().map(Rule::id).collect(Collectors.toSet());
    Map<String, RuleConfig> rules = new HashMap<>(config.rules());
    for (Rule rule : new BuiltInRules().rules()) {
      if (!tested.contains(rule.id())) {
        rules.put(rule.id(), new RuleConfig(Optional.of(false), Optional.empty(), Map.of(), 0, 0));
      }
    }
    return withRules(config, rules);
  }

  /** The config from YAML, with the rule under test switched on even if it is off by default. */
  public static Config configFor(Rule rule, String configYaml) {
    return configFor(List.of(rule), configYaml);
  }

  /** The config from YAML, with the rules under test switched on even if off by default. */
  public static Config configFor(List<Rule> underTest, String configYaml) {
    Config parsed = ConfigLoader.parse(Path.of("fixture-config.yml"), configYaml);
    Map<String, RuleConfig> rules = new HashMap<>(parsed.rules());
    for (Rule rule : underTest) {
      RuleConfig given = rules.get(rule.id());
      if (given == null) {
        rules.put(rule.id(), new RuleConfig(Optional.of(true), Optional.empty(), Map.of(), 0, 0));
      } else if (given.enabled().isEmpty()) {
        rules.put(
            rule.id(),
            new RuleConfig(
                Optional.of(true),
                given.severity(),
                given.options(),
                given.line(),
                given.column()));
      }
    }
    return withRules(parsed, rules);
  }

  private static Config withRules(Config config, Map<String, RuleConfig> rules) {
    return new Config(
        config.source(),
        config.include(),
        config.exclude(),
        config.maxFileBytes(),
        config.conventions(),
        rules,
        config.settings());
  }
}
