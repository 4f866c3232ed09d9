package io.github.qbanklint.core.remote;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** How long to wait before a retry: the server's {@code Retry-After}, else exponential backoff. */
final class RetryTiming {
  private final Duration firstDelay;
  private final Duration cap;

  RetryTiming(Duration firstDelay, Duration cap) {
    this.firstDelay = firstDelay;
    this.cap = cap;
  }

  /** The wait before retry number {@code retry} (0 for the first), never longer than the cap. */
  Duration delay(int retry, Optional<Duration> retryAfter) {
    Duration wanted =
        retryAfter.orElseGet(() -> firstDelay.multipliedBy(1L << Math.min(retry, 20)));
    return wanted.compareTo(cap) > 0 ? cap : wanted;
  }

  /** Parses a {@code Retry-After} value: seconds, or an HTTP date. */
  static Optional<Duration> parseRetryAfter(Optional<String> header) {
    if (header.isEmpty()) {
      return Optional.empty();
    }
    String value = header.get().trim();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration until = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return Optional.of(until.isNegative() ? Duration.ZERO : until);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }
}
