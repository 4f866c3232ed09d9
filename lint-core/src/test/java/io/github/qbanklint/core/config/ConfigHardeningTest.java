package io.github.qbanklint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A repository's config is untrusted input: odd YAML is a clear error, never a crash. */
class ConfigHardeningTest {
  private static final Path FILE = Path.of(".qbank-lint.yml");

  @Test
  void anEmptyDocumentMeansEveryDefault() {
    assertThat(ConfigLoader.parse(FILE, "~\n").maxFileBytes())
        .isEqualTo(Config.defaults().maxFileBytes());
    assertThat(ConfigLoader.parse(FILE, "---\n").include()).isEqualTo(Config.defaults().include());
  }

  @Test
  void aKeyWithNothingAfterItMeansItsDefaultAsTildeDoes() {
    Config config = ConfigLoader.parse(FILE, "links:\nmaxFileBytes:\nmath: ~\n");
    assertThat(config.settings().links()).isEqualTo(Config.defaults().settings().links());
    assertThat(config.maxFileBytes()).isEqualTo(Config.defaults().maxFileBytes());
    assertThat(ConfigLoader.parse(FILE, "links:\n  cacheFile: ''\n").settings().links().cacheFile())
        .isEmpty();
  }

  @Test
  void aDuplicateKeyIsAnErrorAtItsLine() {
    assertThatThrownBy(() -> ConfigLoader.parse(FILE, "include: [a]\ninclude: [b]\n"))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> assertThat(e.describe()).startsWith(".qbank-lint.yml:2:").contains("'include'"));
  }

  @Test
  void anAliasIsAnErrorAtItsLineNotTheAnchorsName() {
    assertThatThrownBy(() -> ConfigLoader.parse(FILE, "exclude: &ex [x]\ninclude: *ex\n"))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.describe())
                    .startsWith(".qbank-lint.yml:2:")
                    .contains("aliases such as '*ex'"));
  }

  @Test
  void aFileSizeLimitBelowOneByteIsRefusedWithTheRange() {
    for (String value : new String[] {"0", "-1"}) {
      assertThatThrownBy(() -> ConfigLoader.parse(FILE, "maxFileBytes: " + value + "\n"))
          .isInstanceOf(ConfigException.class)
          .hasMessage("maxFileBytes: " + value + " is not in the range 1 to 1073741824");
    }
  }
}
