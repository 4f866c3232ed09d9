package io.github.qbanklint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.qbanklint.core.api.OptionSpec;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.RuleOptions;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.config.ConfigException;
import io.github.qbanklint.core.config.ConfigLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleRegistryTest {
  /** A rule whose library is missing, off by default like the prose rule. */
  private static final Rule NEEDS_LIBRARY =
      new Rule() {
        @Override
        public RuleMeta meta() {
          return RuleMeta.builder("needs-library")
              .family("test")
              .summary("Needs a library.")
              .severity(Severity.WARNING)
              .offByDefault()
              .build();
        }

        @Override
        public Optional<String> missingRequirement() {
          return Optional.of("the library is not on the class path");
        }
      };

  /** A rule with an option that takes one of a few values. */
  private static final Rule WITH_CHOICE =
      new Rule() {
        @Override
        public RuleMeta meta() {
          return RuleMeta.builder("with-choice")
              .family("test")
              .summary("Has a choice.")
              .severity(Severity.WARNING)
              .option(OptionSpec.choice("scope", List.of("auto", "all"), "what it covers"))
              .build();
        }
      };

  /** A rule with a ranged number and a list of regexes. */
  private static final Rule WITH_NUMBER_AND_PATTERNS =
      new Rule() {
        @Override
        public RuleMeta meta() {
          return RuleMeta.builder("with-number")
              .family("test")
              .summary("Has a number and patterns.")
              .severity(Severity.WARNING)
              .offByDefault()
              .option(OptionSpec.number("threshold", 0.9, 0.5, 1, "how similar"))
              .option(OptionSpec.regexList("skip", List.of(), "what to skip"))
              .build();
        }
      };

  private final RuleRegistry registry =
      new RuleRegistry(List.of(NEEDS_LIBRARY, WITH_CHOICE, WITH_NUMBER_AND_PATTERNS));

  @Test
  void aRuleThatCannotRunIsFineWhileOff() {
    assertThat(registry.configure(Config.defaults()))
        .extracting(r -> r.rule().id())
        .containsExactly("with-choice");
  }

  @Test
  void aChoiceOptionTakesOneOfItsValuesAndDefaultsToTheFirst() {
    assertThat(registry.configure(Config.defaults()).get(0).options().getString("scope"))
        .isEqualTo("auto");
    Config all =
        ConfigLoader.parse(Path.of(".qbank-lint.yml"), "rules:\n  with-choice:\n    scope: all\n");
    assertThat(registry.configure(all).get(0).options().getString("scope")).isEqualTo("all");

    Config other =
        ConfigLoader.parse(
            Path.of(".qbank-lint.yml"), "rules:\n  with-choice:\n    scope: everything\n");
    assertThatThrownBy(() -> registry.configure(other))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("rules.with-choice.scope: 'everything' is not one of auto, all")
        .satisfies(
            e -> assertThat(((ConfigException) e).describe()).startsWith(".qbank-lint.yml:3:12:"));
  }

  @Test
  void enablingARuleThatCannotRunIsAConfigErrorAtItsKey() {
    Config config =
        ConfigLoader.parse(
            Path.of(".qbank-lint.yml"), "rules:\n  needs-library:\n    enabled: true\n");

    assertThatThrownBy(() -> registry.configure(config))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "rule needs-library is enabled but cannot run: the library is not on the class path")
        .satisfies(
            e -> assertThat(((ConfigException) e).describe()).startsWith(".qbank-lint.yml:3:5:"));
  }

  @Test
  void aNumberOptionTakesAnyNumberInItsRangeAndNothingElse() {
    assertThat(
            registry.options("with-number", Config.defaults()).orElseThrow().getDouble("threshold"))
        .isEqualTo(0.9);
    assertThat(options("threshold: 1").getDouble("threshold")).isEqualTo(1.0);
    assertThat(options("threshold: 0.75").getDouble("threshold")).isEqualTo(0.75);

    for (String value : List.of("1.5", "0.4", "high")) {
      assertThatThrownBy(() -> options("threshold: " + value))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("rules.with-number.threshold: ");
    }
  }

  @Test
  void aRegexThatDoesNotCompileIsAConfigErrorNamingTheOptionAndThePattern() {
    assertThat(options("skip: ['^Q\\d+', '写出.*代码']").getStringList("skip")).hasSize(2);

    assertThatThrownBy(() -> options("skip: ['ok', '(unclosed']"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("rules.with-number.skip: '(unclosed' is not a valid regex")
        .satisfies(
            e -> assertThat(((ConfigException) e).describe()).startsWith(".qbank-lint.yml:3:11:"));
  }

  @Test
  void theOptionsOfARuleAreReadWhetherItIsOnOrNot() {
    assertThat(registry.configure(Config.defaults()))
        .extracting(r -> r.rule().id())
        .doesNotContain("with-number");
    assertThat(options("threshold: 0.6").getDouble("threshold")).isEqualTo(0.6);
    assertThat(registry.options("no-such-rule", Config.defaults())).isEmpty();
  }

  private RuleOptions options(String yaml) {
    Config config =
        ConfigLoader.parse(
            Path.of(".qbank-lint.yml"), "rules:\n  with-number:\n    " + yaml + "\n");
    return registry.options("with-number", config).orElseThrow();
  }
}
