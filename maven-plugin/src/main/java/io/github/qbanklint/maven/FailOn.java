package io.github.qbanklint.maven;

import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.text.DidYouMean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
    List<String> ids = Arrays.stream(values()).map(FailOn::id).toList();
    throw new IllegalArgumentException(
        "failOn must be one of "
            + String.join(", ", ids)
            + ", not '"
            + text
            + "'"
            + DidYouMean.hint(text.trim(), ids));
  }
}
