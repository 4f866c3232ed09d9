package io.github.qbanklint.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.ConfigKey;
import io.github.qbanklint.core.api.DurationText;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every number and duration in the config has a range, given in the message at the value. */
class ConfigRangesTest {
  private static final Path FILE = Path.of(".qbank-lint.yml");

  private static String messageFor(String yaml) {
    try {
      ConfigLoader.parse(FILE, yaml);
    } catch (ConfigException e) {
      return e.describe();
    }
    throw new AssertionError("accepted: " + yaml);
  }

  /** {@code key: value} for a top-level key, or under its section for {@code section.key}. */
  private static String yaml(String key, String value) {
    String[] parts = key.split("\\.");
    return parts.length == 1
        ? key + ": " + value + "\n"
        : parts[0] + ":\n  " + parts[1] + ": " + value + "\n";
  }

  /** Where the value of {@link #yaml} is written, which is where a wrong value is reported. */
  private static String position(String key) {
    String[] parts = key.split("\\.");
    return parts.length == 1
        ? ":1:" + (key.length() + 3) + ": "
        : ":2:" + (parts[1].length() + 5) + ": ";
  }

  @ParameterizedTest
  @CsvSource({
    "maxFileBytes, 0, 1073741825, 1, 1073741824",
    "maxInlineChars, 0, 1000001, 1, 1000000",
    "links.concurrency, 0, 257, 1, 256",
    "links.perHostConcurrency, 0, 65, 1, 64",
    "links.retries, -1, 11, 0, 10",
    "links.maxRedirects, -1, 21, 0, 20",
  })
  void wholeNumbersOutsideTheirRangeAreRefusedWithTheRange(
      String key, String below, String above, String min, String max) {
    for (String bad : List.of(below, above)) {
      assertThat(messageFor(yaml(key, bad)))
          .isEqualTo(
              ".qbank-lint.yml"
                  + position(key)
                  + key
                  + ": "
                  + bad
                  + " is not in the range "
                  + min
                  + " to "
                  + max);
    }
    ConfigLoader.parse(FILE, yaml(key, min));
    ConfigLoader.parse(FILE, yaml(key, max));
  }

  @ParameterizedTest
  @CsvSource({
    "links.connectTimeout, 0s, 11m, 1ms, 10m",
    "links.requestTimeout, 0ms, 601s, 1ms, 10m",
    "links.perHostInterval, 0ms, 61s, 0ms, 1m",
    "links.retryDelay, 0ms, 2m, 0ms, 1m",
    "links.maxRetryAfter, 0ms, 11m, 0ms, 10m",
    "links.cacheMaxAge, 0ms, 366d, 0ms, 365d",
  })
  void durationsOutsideTheirRangeAreRefusedWithTheRange(
      String key, String belowOrMin, String above, String min, String max) {
    List<String> bad = belowOrMin.equals(min) ? List.of(above) : List.of(belowOrMin, above);
    for (String value : bad) {
      assertThat(messageFor(yaml(key, value)))
          .isEqualTo(
              ".qbank-lint.yml"
                  + position(key)
                  + key
                  + ": '"
                  + value
                  + "' is not in the range "
                  + min
                  + " to "
                  + max);
    }
    ConfigLoader.parse(FILE, yaml(key, min));
    ConfigLoader.parse(FILE, yaml(key, max));
  }

  @Test
  void aZeroConnectTimeoutAndAHundredThousandRetriesAreRefused() {
    assertThat(messageFor("links:\n  connectTimeout: 0s\n"))
        .isEqualTo(
            ".qbank-lint.yml:2:19: links.connectTimeout: '0s' is not in the range 1ms to 10m");
    assertThat(messageFor("links:\n  retries: 100000\n"))
        .isEqualTo(".qbank-lint.yml:2:12: links.retries: 100000 is not in the range 0 to 10");
  }

  @Test
  void aNumberTooLargeForAnyTypeGetsTheRangeToo() {
    assertThat(messageFor("links:\n  retries: 99999999999999999999\n"))
        .isEqualTo(
            ".qbank-lint.yml:2:12: links.retries: 99999999999999999999 is not in the range 0 to 10");
    assertThat(messageFor("links:\n  cacheMaxAge: 99999999999999999999d\n"))
        .isEqualTo(
            ".qbank-lint.yml:2:16: links.cacheMaxAge: '99999999999999999999d' is longer than any"
                + " duration allowed here");
  }

  @Test
  void questionLevelsAreHeadingLevelsOneToSix() {
    assertThat(messageFor("conventions:\n  questionLevels: [3, 7]\n"))
        .isEqualTo(
            ".qbank-lint.yml:2:23: conventions.questionLevels[1]: 7 is not in the range 1 to 6");
    assertThat(
            ConfigLoader.parse(FILE, "conventions:\n  questionLevels: [1, 6]\n")
                .conventions()
                .questionLevels())
        .containsExactly(1, 6);
  }

  @Test
  void aFractionIsNotAWholeNumber() {
    assertThat(messageFor("links:\n  retries: 2.5\n"))
        .isEqualTo(".qbank-lint.yml:2:12: links.retries: expected a whole number, found '2.5'");
  }

  /** The ranges are the documentation: a numeric or duration key without one fails here. */
  @Test
  void everyNumberAndDurationKeyHasARange() {
    List<String> missing = new ArrayList<>();
    collectKeysWithoutRange(ConfigFile.class, "", missing);
    assertThat(missing).isEmpty();
  }

  private static void collectKeysWithoutRange(Class<?> type, String prefix, List<String> missing) {
    for (RecordComponent key : type.getRecordComponents()) {
      String name = prefix + key.getName();
      Type generic = key.getGenericType();
      Class<?> element =
          generic instanceof ParameterizedType p && p.getRawType() == List.class
              ? (Class<?>) p.getActualTypeArguments()[0]
              : key.getType();
      if (element.isRecord() && element != RuleConfig.class) {
        collectKeysWithoutRange(element, name + ".", missing);
      } else if ((element == Integer.class || element == Long.class)
          && !key.isAnnotationPresent(ConfigKey.Range.class)) {
        missing.add(name);
      } else if (element == String.class
          && name.matches(".*(Timeout|Interval|Delay|After|Age)")
          && !key.isAnnotationPresent(ConfigKey.DurationRange.class)) {
        missing.add(name);
      }
      ConfigKey.DurationRange durations = key.getAnnotation(ConfigKey.DurationRange.class);
      if (durations != null) {
        assertThat(DurationText.parse(name, durations.min()))
            .isLessThanOrEqualTo(DurationText.parse(name, durations.max()));
      }
    }
  }
}
