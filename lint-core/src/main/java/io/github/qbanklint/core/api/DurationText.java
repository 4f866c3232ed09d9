package io.github.qbanklint.core.api;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as config files write them: {@code 250ms}, {@code 10s}, {@code 5m}, {@code 2h}, {@code
 * 1d}.
 */
public final class DurationText {
  /** A duration, surrounding spaces aside: an amount and a unit. */
  public static final String REGEX = "(\\d+)\\s*(ms|s|m|h|d)";

  private static final Pattern FORM = Pattern.compile(REGEX);

  private DurationText() {}

  /**
   * Parses {@code text}; throws a {@link SettingException} naming {@code key} when it is not a
   * duration.
   */
  public static Duration parse(String key, String text) {
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      throw new SettingException(
          key, "'" + text + "' is not a duration (write e.g. 500ms, 10s, 5m, 2h, 1d)");
    }
    try {
      long amount = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofDays(amount);
      };
    } catch (NumberFormatException | ArithmeticException tooLong) {
      throw new SettingException(key, "'" + text + "' is longer than any duration allowed here");
    }
  }
}
