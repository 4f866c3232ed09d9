package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of the example bank, with a history chart, in headless Chromium: it loads with no
 * console message and no request besides the page itself, in light and dark mode, its colours
 * follow the scheme and its links are underlined. Skipped when Chromium is not installed.
 */
class UnansweredReportBrowserIT {
  @TempDir Path dir;

  @Test
  void theReportRendersInChromiumWithoutErrorsOrRequestsInLightAndDarkMode() throws Exception {
    Optional<Path> binary = HeadlessChromium.find();
    Assumptions.assumeTrue(
        binary.isPresent(),
        "Chromium is not installed (apt-get install -y chromium): the browser check is skipped");
    Files.copy(
        CliRunner.EXAMPLE_BANK, Files.createDirectories(dir.resolve("bank")).resolve("README.md"));
    for (String epoch : List.of("1764000000", "1764806400")) {
      CliRunner.Result r =
          CliRunner.runWithEnvironment(
              dir,
              Map.of("SOURCE_DATE_EPOCH", epoch),
              "report",
              "bank",
              "--format",
              "html",
              "--output",
              "out/unanswered.html",
              "--history",
              "history.jsonl");
      assertThat(r.exitCode()).as(r.stderr()).isZero();
    }
    String page = dir.resolve("out/unanswered.html").toUri().toString();

    try (HeadlessChromium chromium =
        HeadlessChromium.start(binary.get(), Files.createDirectories(dir.resolve("profile")))) {
      chromium.send("Runtime.enable", Map.of());
      chromium.send("Log.enable", Map.of());
      chromium.send("Network.enable", Map.of());
      chromium.send("Page.enable", Map.of());
      for (String scheme : List.of("light", "dark")) {
        chromium.send(
            "Emulation.setEmulatedMedia",
            Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        chromium.load(page);

        assertThat(
                chromium.events(
                    "Runtime.consoleAPICalled", "Runtime.exceptionThrown", "Log.entryAdded"))
            .as("console messages in %s mode", scheme)
            .isEmpty();
        assertThat(
                chromium.events("Network.requestWillBeSent").stream()
                    .map(e -> e.at("/params/request/url").asText())
                    .toList())
            .as("requests in %s mode", scheme)
            .containsExactly(page);
        assertThat(chromium.evaluate("getComputedStyle(document.body).backgroundColor"))
            .isEqualTo(scheme.equals("dark") ? "rgb(13, 17, 23)" : "rgb(255, 255, 255)");
        assertThat(
                chromium.evaluate(
                    "getComputedStyle(document.querySelector('li a')).textDecorationLine"))
            .isEqualTo("underline");
        assertThat(
                chromium.evaluate(
                    "getComputedStyle(document.querySelector('h3 a')).textDecorationLine"))
            .isEqualTo("underline");
        assertThat(
                chromium.evaluate(
                    "String(document.querySelector('svg.chart').getBoundingClientRect().height > 50)"))
            .isEqualTo("true");
      }
    }
  }
}
