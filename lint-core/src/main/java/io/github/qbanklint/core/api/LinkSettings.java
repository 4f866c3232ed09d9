package io.github.qbanklint.core.api;

import java.time.Duration;
import java.util.List;

/**
 * The {@code links:} section: remote checking (off unless asked for) and its limits. Durations are
 * written as {@code 500ms}, {@code 10s}, {@code 5m}, {@code 2h} or {@code 1d}.
 *
 * @param remote check {@code http(s)} links over the network
 * @param allowPrivate allow requests to loopback, private and link-local addresses
 * @param include regexes; when not empty, only matching URLs are checked remotely
 * @param exclude regexes of URLs never checked remotely
 * @param concurrency requests in flight at once, over all hosts (default 32)
 * @param perHostConcurrency requests in flight at once to one host (default 4)
 * @param perHostInterval least time between the starts of two requests to one host (default 50ms)
 * @param connectTimeout time allowed to connect (default 10s)
 * @param requestTimeout time allowed for one request, connection included (default 20s)
 * @param retries further attempts after a 408, 429, 5xx, timeout or reset (default 3)
 * @param retryDelay wait before the first retry, doubled for each later one (default 1s)
 * @param maxRetryAfter the longest {@code Retry-After} honoured (default 30s)
 * @param maxRedirects redirects followed before giving up (default 10)
 * @param acceptedStatuses statuses that count as alive: codes or ranges like {@code 200-299}
 * @param cacheFile results cache, relative to the config file's directory (default {@code
 *     .qbank-lint-cache.json}); empty for none
 * @param cacheMaxAge how long a cached success stays valid (default 1d)
 * @param checkFragments also check that a remote link's {@code #fragment} names an element of the
 *     page (reads up to 1 MiB of HTML; off by default)
 */
public record LinkSettings(
    Boolean remote,
    @ConfigKey.TrustedOnly(
            instead =
                "pass --allow-private to qbank-lint, or set allowPrivate in the Maven plugin's"
                    + " configuration")
        Boolean allowPrivate,
    @ConfigKey.Regex List<String> include,
    @ConfigKey.Regex List<String> exclude,
    @ConfigKey.Range(min = 1, max = 256) Integer concurrency,
    @ConfigKey.Range(min = 1, max = 64) Integer perHostConcurrency,
    @ConfigKey.DurationRange(min = "0ms", max = "1m") String perHostInterval,
    @ConfigKey.DurationRange(min = "1ms", max = "10m") String connectTimeout,
    @ConfigKey.DurationRange(min = "1ms", max = "10m") String requestTimeout,
    @ConfigKey.Range(min = 0, max = 10) Integer retries,
    @ConfigKey.DurationRange(min = "0ms", max = "1m") String retryDelay,
    @ConfigKey.DurationRange(min = "0ms", max = "10m") String maxRetryAfter,
    @ConfigKey.Range(min = 0, max = 20) Integer maxRedirects,
    List<String> acceptedStatuses,
    @ConfigKey.WorkspacePath String cacheFile,
    @ConfigKey.DurationRange(min = "0ms", max = "365d") String cacheMaxAge,
    Boolean checkFragments) {

  public static final String DEFAULT_CACHE_FILE = ".qbank-lint-cache.json";

  /** Fills in the defaults; the config loader has checked every value a file set. */
  public LinkSettings {
    remote = remote != null && remote;
    allowPrivate = allowPrivate != null && allowPrivate;
    include = include == null ? List.of() : List.copyOf(include);
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
    concurrency = concurrency == null ? 32 : concurrency;
    perHostConcurrency = perHostConcurrency == null ? 4 : perHostConcurrency;
    perHostInterval = perHostInterval == null ? "50ms" : perHostInterval;
    connectTimeout = connectTimeout == null ? "10s" : connectTimeout;
    requestTimeout = requestTimeout == null ? "20s" : requestTimeout;
    retries = retries == null ? 3 : retries;
    retryDelay = retryDelay == null ? "1s" : retryDelay;
    maxRetryAfter = maxRetryAfter == null ? "30s" : maxRetryAfter;
    maxRedirects = maxRedirects == null ? 10 : maxRedirects;
    acceptedStatuses =
        acceptedStatuses == null ? List.of("200-299") : List.copyOf(acceptedStatuses);
    cacheFile = cacheFile == null ? DEFAULT_CACHE_FILE : cacheFile;
    cacheMaxAge = cacheMaxAge == null ? "1d" : cacheMaxAge;
    checkFragments = checkFragments != null && checkFragments;
    StatusRanges.parse(acceptedStatuses);
  }

  public static LinkSettings defaults() {
    return new LinkSettings(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null);
  }

  /**
   * The same settings with remote checking switched on or off (for {@code --remote}/{@code
   * --offline}).
   */
  public LinkSettings withRemote(boolean on) {
    return with(on, allowPrivate);
  }

  /**
   * The same settings with requests to private addresses allowed or not (for {@code
   * --allow-private}).
   */
  public LinkSettings withAllowPrivate(boolean allowed) {
    return with(remote, allowed);
  }

  private LinkSettings with(boolean newRemote, boolean newAllowPrivate) {
    return new LinkSettings(
        newRemote,
        newAllowPrivate,
        include,
        exclude,
        concurrency,
        perHostConcurrency,
        perHostInterval,
        connectTimeout,
        requestTimeout,
        retries,
        retryDelay,
        maxRetryAfter,
        maxRedirects,
        acceptedStatuses,
        cacheFile,
        cacheMaxAge,
        checkFragments);
  }

  public Duration perHostIntervalDuration() {
    return DurationText.parse("links.perHostInterval", perHostInterval);
  }

  public Duration connectTimeoutDuration() {
    return DurationText.parse("links.connectTimeout", connectTimeout);
  }

  public Duration requestTimeoutDuration() {
    return DurationText.parse("links.requestTimeout", requestTimeout);
  }

  public Duration retryDelayDuration() {
    return DurationText.parse("links.retryDelay", retryDelay);
  }

  public Duration maxRetryAfterDuration() {
    return DurationText.parse("links.maxRetryAfter", maxRetryAfter);
  }

  public Duration cacheMaxAgeDuration() {
    return DurationText.parse("links.cacheMaxAge", cacheMaxAge);
  }

  /** True when {@code status} is in {@link #acceptedStatuses}. */
  public boolean accepts(int status) {
    return status >= 0 && StatusRanges.parse(acceptedStatuses).get(status);
  }
}
