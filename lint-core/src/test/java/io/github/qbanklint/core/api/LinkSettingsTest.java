package io.github.qbanklint.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.qbanklint.core.config.ConfigException;
import io.github.qbanklint.core.config.ConfigLoader;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The {@code links:} settings: defaults, durations, status lists, and errors in the config. */
class LinkSettingsTest {

  private static LinkSettings parse(String yaml) {
    return ConfigLoader.parse(Path.of("t.yml"), yaml).settings().links();
  }

  @Test
  void defaultsFollowTheIssue() {
    LinkSettings links = LinkSettings.defaults();

    assertThat(links.remote()).isFalse();
    assertThat(links.allowPrivate()).isFalse();
    assertThat(links.concurrency()).isEqualTo(32);
    assertThat(links.perHostConcurrency()).isEqualTo(4);
    assertThat(links.connectTimeoutDuration()).isEqualTo(Duration.ofSeconds(10));
    assertThat(links.requestTimeoutDuration()).isEqualTo(Duration.ofSeconds(20));
    assertThat(links.maxRedirects()).isEqualTo(10);
    assertThat(links.cacheFile()).isEqualTo(".qbank-lint-cache.json");
    assertThat(links.cacheMaxAgeDuration()).isEqualTo(Duration.ofDays(1));
    assertThat(links.accepts(200)).isTrue();
    assertThat(links.accepts(301)).isFalse();
  }

  @Test
  void configValuesAreRead() {
    LinkSettings links =
        parse(
            "links:\n  remote: true\n  requestTimeout: 250ms\n  acceptedStatuses: ['200-299', '403']\n");

    assertThat(links.remote()).isTrue();
    assertThat(links.requestTimeoutDuration()).isEqualTo(Duration.ofMillis(250));
    assertThat(links.accepts(403)).isTrue();
    assertThat(links.accepts(404)).isFalse();
    assertThat(links.withRemote(false).remote()).isFalse();
    assertThat(links.withRemote(false).requestTimeout()).isEqualTo("250ms");
  }

  @Test
  void badValuesAreConfigErrorsNamingTheKey() {
    assertThatThrownBy(() -> parse("links:\n  connectTimeout: soon\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("links.connectTimeout");
    assertThatThrownBy(() -> parse("links:\n  acceptedStatuses: ['2xx']\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("acceptedStatuses");
    assertThatThrownBy(() -> parse("links:\n  exclude: ['(unclosed']\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("links.exclude");
    assertThatThrownBy(() -> parse("links:\n  perHostConcurrency: 0\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("perHostConcurrency");
  }
}
