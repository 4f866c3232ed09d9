package io.github.qbanklint.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.qbanklint.core.config.Config;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigFingerprintTest {
  private record Option(String name, Map<String, Object> values) {}

  @Test
  void mapAndSetOrderDoNotMatterListOrderAndValuesDo() {
    Map<String, Object> ab = new LinkedHashMap<>();
    ab.put("a", 1);
    ab.put("b", List.of("x", "y"));
    Map<String, Object> ba = new LinkedHashMap<>();
    ba.put("b", List.of("x", "y"));
    ba.put("a", 1);
    assertThat(ConfigFingerprint.of(List.of(new Option("o", ab), Set.of("p", "q", "r"))))
        .isEqualTo(ConfigFingerprint.of(List.of(new Option("o", ba), Set.of("r", "q", "p"))));
    Map<String, Object> swapped = new HashMap<>(ab);
    swapped.put("b", List.of("y", "x"));
    assertThat(ConfigFingerprint.of(List.of(new Option("o", swapped))))
        .isNotEqualTo(ConfigFingerprint.of(List.of(new Option("o", ab))));
    assertThat(ConfigFingerprint.of(List.of("1"))).isNotEqualTo(ConfigFingerprint.of(List.of(1)));
  }

  @Test
  void theDefaultConfigurationHasAStableFingerprint() {
    assertThat(ConfigFingerprint.of(List.of(Config.defaults())))
        .isEqualTo(ConfigFingerprint.of(List.of(Config.defaults())))
        .hasSize(64);
  }

  @Test
  void aValueWithoutAStableFormIsRefused() {
    assertThatThrownBy(() -> ConfigFingerprint.of(List.of(new Object())))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
