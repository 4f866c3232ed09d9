package io.github.qbanklint.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuildFingerprintTest {
  @Test
  void aPrefetchedLocationGivesTheSameFingerprint() {
    String before = BuildFingerprint.of(List.of(BuildFingerprint.class, Test.class));

    BuildFingerprint.prefetch(Test.class); // already digested: nothing more to do
    BuildFingerprint.prefetch(org.assertj.core.api.Assertions.class);

    assertThat(BuildFingerprint.of(List.of(Test.class, BuildFingerprint.class))).isEqualTo(before);
    assertThat(BuildFingerprint.of(List.of(org.assertj.core.api.Assertions.class)))
        .isNotEqualTo(before)
        .isEqualTo(BuildFingerprint.of(List.of(org.assertj.core.api.Assertions.class)));
  }

  @Test
  void theCodeOfEachLocationCounts() {
    String classesDirectory = BuildFingerprint.of(List.of(BuildFingerprint.class));
    String jar = BuildFingerprint.of(List.of(Test.class));

    assertThat(BuildFingerprint.of(List.of(BuildFingerprint.class, Test.class)))
        .isNotIn(classesDirectory, jar)
        .hasSize(64);
  }
}
