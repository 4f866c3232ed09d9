package io.github.qbanklint.core.api;

import java.util.Locale;

/** How serious a finding is. Ordered from most to least severe. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  // Made once: a report asks for it once per finding, hundreds of thousands of times.
  private final String id = name().toLowerCase(Locale.ROOT);

  /** The lower-case name used in config files, reports and on the command line. */
  public String id() {
    return id;
  }

  /** True when this severity is at least as serious as {@code threshold}. */
  public boolean isAtLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /** One step less serious: an error becomes a warning, a warning and an info an info. */
  public Severity milder() {
    return this == ERROR ? WARNING : INFO;
  }

  /** Parses {@code error}, {@code warning} or {@code info}, case-insensitively. */
  public static Severity parse(String text) {
    for (Severity severity : values()) {
      if (severity.id().equalsIgnoreCase(text.trim())) {
        return severity;
      }
    }
    throw new IllegalArgumentException(
        "unknown severity '" + text + "' (expected error, warning or info)");
  }
}
