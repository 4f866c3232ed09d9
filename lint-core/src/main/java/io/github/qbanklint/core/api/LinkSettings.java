package io.github.qbanklint.core.api;

import java.time.Duration;
import java.util.List;

/**
 * The {@code links:} section: remote checking (off unless asked for) and its limits. Durations are
 * written as {@code 500ms}, {@code 10s}, {@code 5m}, {@code 2h} or {@code 1d}. What each key means
 * is in its {@link ConfigKey.Doc}.
 */
public record LinkSettings(
    @ConfigKey.Doc(value = "Check http(s) links over the network.", example = "true")
        Boolean remote,
    @ConfigKey.Doc("Allow requests to loopback, private and link-local addresses.")
        @ConfigKey.TrustedOnly(
            instead =
                "pass --allow-private to qbank-lint, or set allowPrivate in the Maven plugin's"
                    + " configuration")
        Boolean allowPrivate,
    @ConfigKey.Doc(
            value = "Regexes; when not empty, only matching URLs are checked remotely.",
            example = "['^https://docs\\.example\\.com/']")
        @ConfigKey.Regex
        List<String> include,
    @ConfigKey.Doc(
            value = "Regexes of URLs never checked remotely.",
            example = "['^https?://localhost']")
        @ConfigKey.Regex
        List<String> exclude,
    @ConfigKey.Doc(value = "Requests in flight at once, over all hosts.", example = "8")
        @ConfigKey.Range(min = 1, max = 256)
        Integer concurrency,
    @ConfigKey.Doc(value = "Requests in flight at once to one host.", example = "2")
        @ConfigKey.Range(min = 1, max = 64)
        Integer perHostConcurrency,
    @ConfigKey.Doc(
            value = "Least time between the starts of two requests to one host.",
            example = "200ms")
        @ConfigKey.DurationRange(min = "0ms", max = "1m")
        String perHostInterval,
    @ConfigKey.Doc(value = "Time allowed to connect.", example = "5s")
        @ConfigKey.DurationRange(min = "1ms", max = "10m")
        String connectTimeout,
    @ConfigKey.Doc(value = "Time allowed for one request, connection included.", example = "1m")
        @ConfigKey.DurationRange(min = "1ms", max = "10m")
        String requestTimeout,
    @ConfigKey.Doc(
            value = "Further attempts after a 408, 429, 5xx, timeout or reset.",
            example = "1")
        @ConfigKey.Range(min = 0, max = 10)
        Integer retries,
    @ConfigKey.Doc(
            value = "Wait before the first retry, doubled for each later one.",
            example = "2s")
        @ConfigKey.DurationRange(min = "0ms", max = "1m")
        String retryDelay,
    @ConfigKey.Doc(value = "The longest Retry-After honoured.", example = "1m")
        @ConfigKey.DurationRange(min = "0ms", max = "10m")
        String maxRetryAfter,
    @ConfigKey.Doc(value = "Redirects followed before giving up.", example = "5")
        @ConfigKey.Range(min = 0, max = 20)
        Integer maxRedirects,
    @ConfigKey.Doc(value = "Statuses that count as alive.", example = "[\"200-299\", \"403\"]")
        @ConfigKey.Matches(
            regex = "\\s*[1-5]\\d\\d(\\s*-\\s*[1-5]\\d\\d)?\\s*",
            means = "an HTTP status from 100 to 599, or a range like 200-299")
        List<String> acceptedStatuses,
    @ConfigKey.Doc(
            value =
                "Deprecated: the remote-link cache file of versions before the user cache, relative"
                    + " to the config file's directory; read once to import its entries when it"
                    + " is a regular file inside the workspace that git does not track, never"
                    + " written; empty for none.",
            example = "\"\"")
        @ConfigKey.WorkspacePath
        String cacheFile,
    @ConfigKey.Doc(value = "How long a cached success stays valid.", example = "7d")
        @ConfigKey.DurationRange(min = "0ms", max = "365d")
        String cacheMaxAge,
    @ConfigKey.Doc(
            value =
                "Also check that a remote link's #fragment names an element of the page (reads up"
                    + " to 1 MiB of HTML).",
            example = "true")
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
