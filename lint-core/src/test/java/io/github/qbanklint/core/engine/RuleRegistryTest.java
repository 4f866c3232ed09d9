package io.github.qbanklint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  private final RuleRegistry registry = new RuleRegistry(List.of(NEEDS_LIBRARY));

  @Test
  void aRuleThatCannotRunIsFineWhileOff() {
    assertThat(registry.configure(Config.defaults())).isEmpty();
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
