package io.github.qbanklint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigErrorPositionTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "anwsers: true\\ninclude: []\\n | c.yml:1:1: unknown key 'anwsers'",
        "include:\\n  - '**/*.md'\\nanwsers: true\\n | c.yml:3:1: unknown key 'anwsers'",
        "links:\\n  remote: true\\n  bogus: 1\\nmath: {}\\n | c.yml:3:3: unknown key 'links.bogus'",
        "links:\\n  bogus:\\n    x: 1\\n | c.yml:2:3: unknown key 'links.bogus'",
        "exclude:\\n  - a\\n  - {x: 1}\\n | c.yml:3:5: bad value at 'exclude[1]'",
      })
  void namesTheLineAndColumnOfTheOffendingKey(String yaml, String expected) {
    assertThatThrownBy(() -> ConfigLoader.parse(Path.of("c.yml"), yaml.replace("\\n", "\n")))
        .isInstanceOfSatisfying(
            ConfigException.class, e -> assertThat(e.describe()).startsWith(expected));
  }
}
