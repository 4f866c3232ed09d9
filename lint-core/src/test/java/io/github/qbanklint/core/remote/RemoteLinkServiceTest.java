package io.github.qbanklint.core.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.LinkSettings;
import io.github.qbanklint.core.api.RemoteLinkStatus;
import io.github.qbanklint.core.api.RemoteLinkStatus.Outcome;
import io.github.qbanklint.core.cache.CacheOptions;
import io.github.qbanklint.core.config.ConfigLoader;
import io.github.qbanklint.core.remote.LoopbackServer.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The remote link service against a real HTTP server on 127.0.0.1, with short timings. */
class RemoteLinkServiceTest {
  private static final String FAST =
      """
      links:
        remote: true
        allowPrivate: true
        perHostInterval: 0ms
        retryDelay: 10ms
        cacheFile: ""
      """;

  @TempDir Path temp;
  private LoopbackServer server;

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  private static LinkSettings settings(String yaml) {
    return ConfigLoader.parse(Path.of("test.yml"), yaml).settings().links();
  }

  /** The fast settings, with {@code key: value} lines replacing those of the same key. */
  private static LinkSettings fast(String... extraLines) {
    StringBuilder yaml = new StringBuilder();
    for (String line : FAST.split("\n")) {
      String key = line.strip().split(":")[0];
      boolean replaced = List.of(extraLines).stream().anyMatch(l -> l.startsWith(key + ":"));
      if (!replaced || line.equals("links:")) {
        yaml.append(line).append('\n');
      }
    }
    List.of(extraLines).forEach(l -> yaml.append("  ").append(l).append('\n'));
    return settings(yaml.toString());
  }

  private RemoteLinkStatus checkOne(LinkSettings settings, String path) {
    String url = server.url(path);
    return new RemoteLinkService(settings, RemoteCacheFiles.none(), RemoteProgress.NONE)
        .check(List.of(url))
        .get(url);
  }

  @Test
  void okIsAliveAfterOneHeadRequestWithTheUserAgent() throws Exception {
    server = new LoopbackServer((path, earlier) -> Reply.status(200));

    RemoteLinkStatus status = checkOne(fast(), "/ok");

    assertThat(status.outcome()).isEqualTo(Outcome.ALIVE);
    assertThat(status.attempts()).isEqualTo(1);
    assertThat(server.arrivals())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.method()).isEqualTo("HEAD");
              assertThat(a.userAgent()).startsWith("qbank-lint/");
            });
  }

  @Test
  void nonAsciiAndMalformedUrlsNeverFailTheRun() throws Exception {
    server = new LoopbackServer((path, earlier) -> Reply.status(path.equals("/搜索") ? 200 : 404));
    String chinese = server.url("/搜索?q=卷积神经网络&spm=1001");
    String malformed = server.url("/a b<c>");

    Map<String, RemoteLinkStatus> results =
        new RemoteLinkService(fast(), RemoteCacheFiles.none(), RemoteProgress.NONE)
            .check(List.of(chinese, malformed));

    assertThat(results.get(chinese).outcome()).isEqualTo(Outcome.ALIVE);
    assertThat(results.get(malformed).outcome()).isEqualTo(Outcome.CONNECTION_FAILED);
    assertThat(results.get(malformed).detail()).contains("not a valid URL");
  }

  @Test
  void followsAPermanentRedirectToALivePage() throws Exception {
    server =
        new LoopbackServer(
            (path, earlier) ->
                path.equals("/moved") ? Reply.redirect(301, "/ok") : Reply.status(200));

    RemoteLinkStatus status = checkOne(fast(), "/moved");

    assertThat(status.outcome()).isEqualTo(Outcome.ALIVE);
    assertThat(server.requests("/moved")).isEqualTo(1);
    assertThat(server.requests("/ok")).isEqualTo(1);
  }

  @Test
  void notFoundIsAnHttpErrorAndNotRetried() throws Exception {
    server = new LoopbackServer((path, earlier) -> Reply.status(404));

    RemoteLinkStatus status = checkOne(fast(), "/missing");

    assertThat(status.outcome()).isEqualTo(Outcome.HTTP_ERROR);
    assertThat(status.httpStatus()).isEqualTo(404);
    assertThat(status.failed()).isTrue();
    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void headRefusedFallsBackToGet() throws Exception {
    server = new LoopbackServer((path, earlier) -> Reply.status(earlier == 0 ? 405 : 200));

    RemoteLinkStatus status = checkOne(fast(), "/no-head");

    assertThat(status.outcome()).isEqualTo(Outcome.ALIVE);
    assertThat(server.arrivals())
        .extracting(LoopbackServer.Arrival::method)
        .containsExactly("HEAD", "GET");
  }

  @Test
  void aServerErrorIsRetriedAndTheRetryPasses() throws Exception {
    server = new LoopbackServer((path, earlier) -> Reply.status(earlier == 0 ? 500 : 200));

    RemoteLinkStatus status = checkOne(fast(), "/flaky");

    assertThat(status.outcome()).isEqualTo(Outcome.ALIVE);
    assertThat(status.attempts()).isEqualTo(2);
  }

  @Test
  void retryAfterIsHonouredAndPersistentRateLimitsAreReportedAsSuch() throws Exception {
    server =
        new LoopbackServer(
            (path, earlier) ->
                path.equals("/limited-once") && earlier > 0
                    ? Reply.status(200)
                    : new Reply(429, "Retry-After", "1", 0));
    LinkSettings settings = fast("retries: 1");
    String once = server.url("/limited-once");
    String always = server.url("/limited");

    Map<String, RemoteLinkStatus> results =
        new RemoteLinkService(settings, RemoteCacheFiles.none(), RemoteProgress.NONE)
            .check(List.of(once, always));

    assertThat(results.get(once).outcome()).isEqualTo(Outcome.ALIVE);
    assertThat(results.get(always).outcome()).isEqualTo(Outcome.RATE_LIMITED);
    assertThat(results.get(always).attempts()).isEqualTo(2);
    List<Long> onceArrivals =
        server.arrivals().stream()
            .filter(a -> a.path().equals("/limited-once"))
            .map(LoopbackServer.Arrival::nanos)
            .toList();
    assertThat(Duration.ofNanos(onceArrivals.get(1) - onceArrivals.get(0)))
        .isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void aResponseSlowerThanTheTimeoutIsATimeoutAfterRetries() throws Exception {
    server = new LoopbackServer((path, earlier) -> Reply.status(200).after(3_000));

    RemoteLinkStatus status = checkOne(fast("requestTimeout: 200ms", "retries: 1"), "/slow");

    assertThat(status.outcome()).isEqualTo(Outcome.TIMEOUT);
    assertThat(status.attempts()).isEqualTo(2);
    assertThat(status.detail()).contains("200ms");
  }

  @Test
  void remoteFragmentsAreCheckedAgainstThePageOnlyWhenAskedFor() throws Exception {
    server =
        new LoopbackServer(
            (path, earlier) ->
                Reply.page("<h2 id=\"user-content-intro\">Intro</h2><a name=\"usage\"></a>"));
    String intro = server.url("/doc#intro");
    String usage = server.url("/doc#usage");
    String missing = server.url("/doc#gone");
    String line = server.url("/doc#L12");
    List<String> links = List.of(intro, usage, missing, line);

    Map<String, RemoteLinkStatus> unchecked =
        new RemoteLinkService(fast(), RemoteCacheFiles.none(), RemoteProgress.NONE).check(links);
    Map<String, RemoteLinkStatus> checked =
        new RemoteLinkService(
                fast("checkFragments: true"), RemoteCacheFiles.none(), RemoteProgress.NONE)
            .check(links);

    assertThat(unchecked.values())
        .allSatisfy(s -> assertThat(s.outcome()).isEqualTo(Outcome.ALIVE));
    assertThat(checked.get(intro).outcome()).isEqualTo(Outcome.ALIVE);
    assertThat(checked.get(usage).outcome()).isEqualTo(Outcome.ALIVE);
    assertThat(checked.get(line).outcome()).isEqualTo(Outcome.ALIVE);
    assertThat(checked.get(missing).outcome()).isEqualTo(Outcome.MISSING_FRAGMENT);
    assertThat(checked.get(missing).detail()).contains("'gone'");
    assertThat(server.arrivals())
        .extracting(LoopbackServer.Arrival::method)
        .containsExactly("HEAD", "GET");
  }

  @Test
  void aRedirectLoopEndsAfterTheRedirectLimit() throws Exception {
    server = new LoopbackServer((path, earlier) -> Reply.redirect(302, "/loop"));

    RemoteLinkStatus status = checkOne(fast("maxRedirects: 5"), "/loop");

    assertThat(status.outcome()).isEqualTo(Outcome.TOO_MANY_REDIRECTS);
    assertThat(server.requests()).isEqualTo(6);
  }

  @Test
  void tenThousandLinksToTwoThousandUrlsMakeAtMostTwoThousandRequests() throws Exception {
    Map<String, Integer> requestsPerPath = new java.util.concurrent.ConcurrentHashMap<>();
    server =
        new LoopbackServer(
            (path, earlier) -> {
              requestsPerPath.merge(path, 1, Integer::sum);
              return Reply.status(200);
            });
    List<String> links = new ArrayList<>();
    for (int copy = 0; copy < 5; copy++) {
      for (int i = 0; i < 2_000; i++) {
        links.add(server.url("/page/" + i) + (copy == 0 ? "" : "#section-" + copy));
      }
    }

    Map<String, RemoteLinkStatus> results =
        new RemoteLinkService(
                fast("perHostConcurrency: 32"), RemoteCacheFiles.none(), RemoteProgress.NONE)
            .check(links);

    assertThat(links).hasSize(10_000);
    assertThat(results).hasSize(10_000);
    assertThat(results.values()).allSatisfy(s -> assertThat(s.outcome()).isEqualTo(Outcome.ALIVE));
    // Each URL is requested once; a loaded machine may reset a pooled connection, and the
    // retry that follows is the service working as designed, not a missed deduplication.
    assertThat(requestsPerPath).hasSize(2_000);
    long retried = requestsPerPath.values().stream().filter(n -> n > 1).count();
    assertThat(retried).isLessThanOrEqualTo(20);
    assertThat(server.requests()).isLessThanOrEqualTo(2_000 + (int) retried * 3);
  }

  @Test
  void perHostConcurrencyIsNeverExceeded() throws Exception {
    server = new LoopbackServer((path, earlier) -> Reply.status(200).after(20));
    List<String> links = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      links.add(server.url("/p/" + i));
    }

    new RemoteLinkService(
            fast("perHostConcurrency: 3"), RemoteCacheFiles.none(), RemoteProgress.NONE)
        .check(links);

    assertThat(server.requests()).isEqualTo(120);
    assertThat(server.maxInFlight()).isBetween(2, 3);
  }

  @Test
  void perHostIntervalSpacesRequestStartsToOneHostOnly() throws Exception {
    server = new LoopbackServer((path, earlier) -> Reply.status(200));
    List<String> sameHost = List.of(server.url("/a"), server.url("/b"), server.url("/c"));
    LinkSettings settings = fast("perHostInterval: 150ms");

    long start = System.nanoTime();
    new RemoteLinkService(settings, RemoteCacheFiles.none(), RemoteProgress.NONE).check(sameHost);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    // the third request cannot start before two intervals have passed
    assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    assertThat(server.requests()).isEqualTo(3);
  }

  @Test
  void aSecondRunIsServedFromTheCacheWhileFailuresAreCheckedAgain() throws Exception {
    server =
        new LoopbackServer((path, earlier) -> Reply.status(path.startsWith("/gone") ? 404 : 200));
    RemoteCacheFiles cacheFile = TestCaches.in(temp);
    List<String> alive = List.of(server.url("/a"), server.url("/b"), server.url("/c"));
    List<String> all = new ArrayList<>(alive);
    all.add(server.url("/gone"));

    new RemoteLinkService(fast(), cacheFile, RemoteProgress.NONE).check(all);
    int firstRun = server.requests();
    Map<String, RemoteLinkStatus> second =
        new RemoteLinkService(fast(), cacheFile, RemoteProgress.NONE).check(alive);

    assertThat(firstRun).isEqualTo(4);
    assertThat(server.requests()).isEqualTo(firstRun);
    assertThat(second.values())
        .allSatisfy(
            s -> {
              assertThat(s.outcome()).isEqualTo(Outcome.ALIVE);
              assertThat(s.detail()).isEqualTo("cached");
            });
    new RemoteLinkService(fast(), cacheFile, RemoteProgress.NONE)
        .check(List.of(server.url("/gone")));
    assertThat(server.requests("/gone")).isEqualTo(2);
  }

  @Test
  void aCorruptCacheFileIsNotFatalAndIsRebuilt() throws Exception {
    server = new LoopbackServer((path, earlier) -> Reply.status(200));
    List<String> notes = new ArrayList<>();
    RemoteCacheFiles files =
        RemoteCacheFiles.of(
            new CacheOptions(true, temp.resolve("user"), Optional.empty(), p -> false, notes::add),
            true,
            temp,
            Optional.empty());
    Path cache = files.signed().orElseThrow().path();
    java.nio.file.Files.createDirectories(cache.getParent());
    java.nio.file.Files.writeString(cache, "{ not json");
    String url = server.url("/a");

    RemoteLinkStatus status =
        new RemoteLinkService(fast(), files, RemoteProgress.NONE).check(List.of(url)).get(url);

    assertThat(status.outcome()).isEqualTo(Outcome.ALIVE);
    assertThat(notes).singleElement().asString().contains("is ignored").contains("rebuilt");
    new RemoteLinkService(fast(), files, RemoteProgress.NONE).check(List.of(url));
    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void expiredCacheEntriesAreCheckedAgain() throws Exception {
    server = new LoopbackServer((path, earlier) -> Reply.status(200));
    RemoteCacheFiles cacheFile = TestCaches.in(temp);
    List<String> links = List.of(server.url("/a"));

    new RemoteLinkService(fast("cacheMaxAge: 0ms"), cacheFile, RemoteProgress.NONE).check(links);
    Thread.sleep(5);
    new RemoteLinkService(fast("cacheMaxAge: 0ms"), cacheFile, RemoteProgress.NONE).check(links);

    assertThat(server.requests()).isEqualTo(2);
  }

  @Test
  void aPrivateAddressIsRefusedWithoutAllowPrivate() throws Exception {
    server = new LoopbackServer((path, earlier) -> Reply.status(200));

    RemoteLinkStatus status = checkOne(fast("allowPrivate: false"), "/internal");

    assertThat(status.outcome()).isEqualTo(Outcome.PRIVATE_ADDRESS);
    assertThat(status.failed()).isFalse();
    assertThat(server.requests()).isZero();
  }

  @Test
  void excludedIncludedAndNonHttpUrlsAreSkippedWithoutRequests() throws Exception {
    server = new LoopbackServer((path, earlier) -> Reply.status(200));
    String excluded = server.url("/private/x");
    String included = server.url("/docs/y");
    String other = server.url("/other");
    LinkSettings settings = fast("exclude: ['/private/']", "include: ['/docs/', '/private/']");

    Map<String, RemoteLinkStatus> results =
        new RemoteLinkService(settings, RemoteCacheFiles.none(), RemoteProgress.NONE)
            .check(List.of(excluded, included, other, "mailto:a@example.com", "tel:+100"));

    assertThat(results.get(included).outcome()).isEqualTo(Outcome.ALIVE);
    assertThat(results.get(excluded).outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(results.get(other).outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(results.get("mailto:a@example.com").outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(results.get("tel:+100").outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void progressCountsEveryDistinctUrlOnceByKind() throws Exception {
    server = new LoopbackServer((path, earlier) -> Reply.status(path.equals("/bad") ? 404 : 200));
    List<RemoteTally> updates = new java.util.concurrent.CopyOnWriteArrayList<>();

    new RemoteLinkService(fast("exclude: ['/skip']"), RemoteCacheFiles.none(), updates::add)
        .check(
            List.of(server.url("/a"), server.url("/a#x"), server.url("/bad"), server.url("/skip")));

    assertThat(updates).extracting(RemoteTally::done).containsExactly(1, 2, 3);
    assertThat(updates.get(2)).isEqualTo(new RemoteTally(3, 3, 0, 1, 1));
  }
}
