package io.github.qbanklint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.qbanklint.core.api.OptionSpec;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
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

  private final RuleRegistry registry = new RuleRegistry(List.of(NEEDS_LIBRARY, WITH_CHOICE));

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
        .hasMessageContaining("option 'scope' of rule with-choice must be one of auto, all")
        .satisfies(
            e -> assertThat(((ConfigException) e).describe()).startsWith(".qbank-lint.yml:3:5:"));
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
}
