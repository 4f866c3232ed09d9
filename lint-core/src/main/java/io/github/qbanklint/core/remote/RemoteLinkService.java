package io.github.qbanklint.core.remote;

import io.github.qbanklint.core.Version;
import io.github.qbanklint.core.api.LinkSettings;
import io.github.qbanklint.core.api.RemoteLinkStatus;
import io.github.qbanklint.core.api.RemoteLinkStatus.Outcome;
import io.github.qbanklint.core.api.RemoteLinks;
import io.github.qbanklint.core.api.Settings;
import io.github.qbanklint.core.cache.CacheOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * Checks remote links the way lychee does: one HTTP client (created on first use), at most {@code
 * concurrency} requests at once and {@code perHostConcurrency} per host with a minimum interval per
 * host, each URL (without fragment) checked once however often it is linked, a results cache of
 * successes, and include/exclude patterns. Loopback, private and link-local hosts are refused
 * unless allowed. When no host name resolves at all (a runner without network), the URLs that
 * failed DNS are {@link Outcome#NO_NETWORK}, not broken. Each check leaves a {@link RemoteSummary}.
 */
public final class RemoteLinkService implements RemoteLinks {
  private final LinkSettings settings;
  private final RemoteCacheFiles cacheFiles;
  private final RemoteProgress progress;
  private final HostResolver resolver;
  private final Clock clock;
  private final List<Pattern> include;
  private final List<Pattern> exclude;
  private volatile HttpClient client;
  private volatile Optional<RemoteSummary> summary = Optional.empty();

  public RemoteLinkService(
      LinkSettings settings, RemoteCacheFiles cacheFiles, RemoteProgress progress) {
    this(settings, cacheFiles, progress, HostResolver.SYSTEM, Clock.systemUTC());
  }

  /** A service with its own DNS and clock (tests that must not use the real ones). */
  RemoteLinkService(
      LinkSettings settings,
      RemoteCacheFiles cacheFiles,
      RemoteProgress progress,
      HostResolver resolver,
      Clock clock) {
    this.settings = settings;
    this.cacheFiles = cacheFiles;
    this.progress = progress;
    this.resolver = resolver;
    this.clock = clock;
    this.include = settings.include().stream().map(Pattern::compile).toList();
    this.exclude = settings.exclude().stream().map(Pattern::compile).toList();
  }

  /**
   * The service for one lint run: disabled unless the settings ask for remote checks. Its cache
   * lives where {@code cache} puts the result cache, and only when that is on and {@code
   * configAllows} it; the older workspace file ({@code links.cacheFile}, resolved against the
   * config file's directory, else the workspace root) is only read, once, to import it.
   */
  public static Optional<RemoteLinkService> forRun(
      Settings settings,
      Path root,
      RemoteProgress progress,
      CacheOptions cache,
      boolean configAllows) {
    LinkSettings links = settings.links();
    if (!links.remote()) {
      return Optional.empty();
    }
    Path base = settings.configDirectory().orElse(root);
    Optional<Path> legacy =
        links.cacheFile().isBlank()
            ? Optional.empty()
            : Optional.of(base.resolve(links.cacheFile()));
    return Optional.of(
        new RemoteLinkService(
            links, RemoteCacheFiles.of(cache, configAllows, root, legacy), progress));
  }

  /** What the last {@link #check} did; empty before the first. */
  public Optional<RemoteSummary> summary() {
    return summary;
  }

  @Override
  public boolean enabled() {
    return true;
  }

  @Override
  public Map<String, RemoteLinkStatus> check(Collection<String> urls) {
    Instant started = clock.instant();
    Map<String, String> keyOf = new LinkedHashMap<>();
    Set<String> needAnchors = new HashSet<>();
    for (String url : urls) {
      String key = withoutFragment(url.strip());
      keyOf.put(url, key);
      if (settings.checkFragments() && RemoteFragments.of(url).isPresent()) {
        needAnchors.add(key);
      }
    }
    Set<String> keys = new LinkedHashSet<>(keyOf.values());
    RemoteCache cache = RemoteCache.load(cacheFiles, settings.cacheMaxAgeDuration());
    Map<String, LinkProbe.Probed> results = new ConcurrentHashMap<>();
    List<String> toRequest = new ArrayList<>();
    for (String key : keys) {
      Optional<RemoteLinkStatus> known =
          withoutRequest(key, cache, started, needAnchors.contains(key));
      known.ifPresentOrElse(
          status -> results.put(key, new LinkProbe.Probed(status, Optional.empty())),
          () -> toRequest.add(key));
    }
    Tally tally = new Tally(keys.size());
    results.values().forEach(probed -> tally.add(probed.status()));
    AddressGuard guard = new AddressGuard(resolver);
    requestAll(toRequest, needAnchors, results, tally, guard);
    if (guard.noNetwork()) {
      results.replaceAll((key, probed) -> withoutNetwork(probed));
    }
    summary =
        Optional.of(
            RemoteSummary.of(results.values().stream().map(LinkProbe.Probed::status).toList()));
    Instant finished = clock.instant();
    results.values().stream()
        .map(LinkProbe.Probed::status)
        .filter(s -> s.outcome() == Outcome.ALIVE && s.attempts() > 0)
        .forEach(s -> cache.recordSuccess(s.url(), s.httpStatus(), finished));
    cache.save(finished);
    Map<String, RemoteLinkStatus> byUrl = new LinkedHashMap<>();
    keyOf.forEach((url, key) -> byUrl.put(url, RemoteFragments.check(url, results.get(key))));
    return byUrl;
  }

  /** The URL without its fragment: the part a server sees, and the unit of deduplication. */
  public static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  private Optional<RemoteLinkStatus> withoutRequest(
      String url, RemoteCache cache, Instant now, boolean needAnchors) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      return Optional.of(skipped(url, "not an http(s) URL"));
    }
    if (!include.isEmpty() && include.stream().noneMatch(p -> p.matcher(url).find())) {
      return Optional.of(skipped(url, "not matched by links.include"));
    }
    if (exclude.stream().anyMatch(p -> p.matcher(url).find())) {
      return Optional.of(skipped(url, "matched by links.exclude"));
    }
    if (needAnchors) {
      return Optional.empty();
    }
    return cache
        .fresh(url, now)
        .map(entry -> new RemoteLinkStatus(url, Outcome.ALIVE, entry.status(), "cached", 0));
  }

  private static LinkProbe.Probed withoutNetwork(LinkProbe.Probed probed) {
    RemoteLinkStatus status = probed.status();
    return status.outcome() == Outcome.DNS_FAILURE
        ? new LinkProbe.Probed(
            new RemoteLinkStatus(status.url(), Outcome.NO_NETWORK, 0, "no network", 0),
            Optional.empty())
        : probed;
  }

  private static RemoteLinkStatus skipped(String url, String why) {
    return new RemoteLinkStatus(url, Outcome.SKIPPED, 0, why, 0);
  }

  private void requestAll(
      List<String> urls,
      Set<String> needAnchors,
      Map<String, LinkProbe.Probed> results,
      Tally tally,
      AddressGuard guard) {
    if (urls.isEmpty()) {
      return;
    }
    LinkProbe probe =
        new LinkProbe(
            this::client,
            settings,
            new HostGates(settings.perHostConcurrency(), settings.perHostIntervalDuration()),
            guard,
            "qbank-lint/" + Version.current());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(settings.concurrency(), urls.size()),
            r -> {
              Thread t = new Thread(r, "qbank-lint-remote");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (String url : interleavedByHost(urls)) {
        futures.add(
            pool.submit(
                () -> {
                  LinkProbe.Probed probed = checkSafely(probe, url, needAnchors.contains(url));
                  results.put(url, probed);
                  tally.add(probed.status());
                }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException("remote link check failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    for (String url : urls) {
      results.putIfAbsent(url, interrupted(url));
    }
  }

  private static LinkProbe.Probed checkSafely(LinkProbe probe, String url, boolean wantAnchors) {
    try {
      return probe.check(url, wantAnchors);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return interrupted(url);
    } catch (RuntimeException e) {
      return new LinkProbe.Probed(
          new RemoteLinkStatus(url, Outcome.CONNECTION_FAILED, 0, "request failed: " + e, 0),
          Optional.empty());
    }
  }

  private static LinkProbe.Probed interrupted(String url) {
    return new LinkProbe.Probed(
        new RemoteLinkStatus(url, Outcome.CONNECTION_FAILED, 0, "interrupted", 0),
        Optional.empty());
  }

  /** Round-robin over hosts, so that the pool works on many hosts while one host's queue waits. */
  private static List<String> interleavedByHost(List<String> urls) {
    Map<String, Deque<String>> byHost = new LinkedHashMap<>();
    for (String url : urls) {
      byHost.computeIfAbsent(hostOf(url), h -> new ArrayDeque<>()).add(url);
    }
    List<String> order = new ArrayList<>(urls.size());
    while (order.size() < urls.size()) {
      for (Deque<String> queue : byHost.values()) {
        if (!queue.isEmpty()) {
          order.add(queue.poll());
        }
      }
    }
    return order;
  }

  private static String hostOf(String url) {
    try {
      String host = URI.create(url).getHost();
      return host == null ? "" : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private HttpClient client() {
    HttpClient current = client;
    if (current == null) {
      synchronized (this) {
        if (client == null) {
          client =
              HttpClient.newBuilder()
                  .connectTimeout(settings.connectTimeoutDuration())
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .build();
        }
        current = client;
      }
    }
    return current;
  }

  /** Counts finished URLs by kind, and tells the progress listener. */
  private final class Tally {
    private final int total;
    private int done;
    private int cached;
    private int skipped;
    private int failed;

    Tally(int total) {
      this.total = total;
    }

    void add(RemoteLinkStatus status) {
      synchronized (this) {
        done++;
        switch (RemoteSummary.kindOf(status)) {
          case CACHED -> cached++;
          case SKIPPED_BY_PATTERN, PRIVATE_ADDRESS, NO_NETWORK -> skipped++;
          case ALIVE -> {}
          default -> failed++;
        }
        // inside the lock, so that the listener hears the counts in order
        progress.update(new RemoteTally(done, total, cached, skipped, failed));
      }
    }
  }
}
