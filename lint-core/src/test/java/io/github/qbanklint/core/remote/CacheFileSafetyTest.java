package io.github.qbanklint.core.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.qbanklint.core.api.Settings;
import io.github.qbanklint.core.config.ConfigException;
import io.github.qbanklint.core.config.ConfigLoader;
import io.github.qbanklint.core.config.ConfigOrigin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A repository's config cannot make the remote-link cache write outside the workspace, or over a
 * file that is not a qbank-lint cache (issue: the linted repository is untrusted input).
 */
class CacheFileSafetyTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {"../../x", "/etc/passwd", "a/../../b.json", "..", "\\\\\\\\host\\\\share"})
  void aCacheFileOutsideTheWorkspaceIsAConfigErrorNamingTheKey(String path) {
    assertThatThrownBy(
            () ->
                ConfigLoader.parse(
                    dir.resolve(".qbank-lint.yml"),
                    "links:\n  remote: true\n  cacheFile: '" + path + "'\n",
                    ConfigOrigin.FOUND))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.describe())
                    .contains(".qbank-lint.yml:3:14: links.cacheFile: '")
                    .contains("leads outside the workspace")
                    .doesNotContain("io.github")
                    .doesNotContain("Cannot construct"));
  }

  @Test
  void aFileThatIsNotACacheIsNeverOverwritten() throws Exception {
    Path victim = dir.resolve("notes.txt");
    Files.writeString(victim, "precious", StandardCharsets.UTF_8);
    Object inode = Files.getAttribute(victim, "unix:ino");
    RemoteCache cache = RemoteCache.load(Optional.of(victim), Duration.ofDays(1));
    cache.recordSuccess("https://example.com/", 200, Instant.now());
    cache.save(Instant.now());
    assertThat(Files.readString(victim, StandardCharsets.UTF_8)).isEqualTo("precious");
    assertThat(Files.getAttribute(victim, "unix:ino")).isEqualTo(inode);
  }

  @Test
  void aSymbolicLinkNamedAsTheCacheIsNeverWrittenThrough() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside")).resolve("target.json");
    Files.writeString(outside, "{\"version\":1,\"entries\":{}}", StandardCharsets.UTF_8);
    Path link = Files.createSymbolicLink(dir.resolve("cache.json"), outside);
    RemoteCache cache = RemoteCache.load(Optional.of(link), Duration.ofDays(1));
    cache.recordSuccess("https://example.com/", 200, Instant.now());
    cache.save(Instant.now());
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(outside, StandardCharsets.UTF_8))
        .isEqualTo("{\"version\":1,\"entries\":{}}");
  }

  @Test
  void ourOwnCachesOldAndNewAreRewrittenWithTheMarker() throws Exception {
    Path legacy = dir.resolve("legacy.json");
    Files.writeString(legacy, "{\"version\":1,\"entries\":{}}", StandardCharsets.UTF_8);
    RemoteCache cache = RemoteCache.load(Optional.of(legacy), Duration.ofDays(1));
    cache.recordSuccess("https://example.com/", 200, Instant.now());
    cache.save(Instant.now());
    assertThat(Files.readString(legacy, StandardCharsets.UTF_8))
        .contains(RemoteCache.MARKER)
        .contains("https://example.com/");
  }

  /**
   * Only a found config is kept to its directory (the loader checks it); a named one is trusted.
   */
  @Test
  void aNamedConfigsCacheFileOutsideItsDirectoryIsUsed() throws Exception {
    Path cache = Files.createDirectories(dir.resolve("elsewhere")).resolve("cache.json");
    Path configDirectory = Files.createDirectories(dir.resolve("config"));
    Path named =
        Files.writeString(
            configDirectory.resolve("named.yml"),
            "links:\n  remote: true\n  allowPrivate: true\n  cacheFile: '" + cache + "'\n");
    Settings settings = ConfigLoader.load(named).settings();
    try (LoopbackServer server =
        new LoopbackServer((path, earlier) -> LoopbackServer.Reply.status(200))) {
      RemoteLinkService.forRun(settings, configDirectory, RemoteProgress.NONE)
          .orElseThrow()
          .check(List.of(server.url("/ok")));
    }
    assertThat(Files.readString(cache, StandardCharsets.UTF_8)).contains("/ok");
  }
}
