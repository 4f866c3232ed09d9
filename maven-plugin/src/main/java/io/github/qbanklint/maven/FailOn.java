package io.github.qbanklint.maven;

import io.github.qbanklint.core.api.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code failOn} parameter: the least severe finding that fails the build, or never. */
enum FailOn {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  INFO(Severity.INFO),
  NONE(null);

  private final Severity threshold;

  FailOn(Severity threshold) {
    this.threshold = threshold;
  }

  /** The severity at or above which the build fails; empty for {@link #NONE}. */
  Optional<Severity> threshold() {
    return Optional.ofNullable(threshold);
  }

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static FailOn parse(String text) {
    for (FailOn value : values()) {
      if (value.id().equalsIgnoreCase(text.trim())) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        "failOn must be one of "
            + Arrays.stream(values()).map(FailOn::id).collect(Collectors.joining(", "))
            + ", not '"
            + text
            + "'");
  }
}
