package io.github.qbanklint.core.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

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
    Boolean allowPrivate,
    List<String> include,
    List<String> exclude,
    Integer concurrency,
    Integer perHostConcurrency,
    String perHostInterval,
    String connectTimeout,
    String requestTimeout,
    Integer retries,
    String retryDelay,
    String maxRetryAfter,
    Integer maxRedirects,
    List<String> acceptedStatuses,
    String cacheFile,
    String cacheMaxAge,
    Boolean checkFragments) {

  public static final String DEFAULT_CACHE_FILE = ".qbank-lint-cache.json";

  /**
   * A path that a config names must stay inside the workspace: relative, and no {@code ..} that
   * leaves it. A repository's config is untrusted input in CI (see SECURITY.md).
   */
  private static void requireInsideWorkspace(String path) {
    if (path.isBlank()) {
      return;
    }
    Path p = Path.of(path);
    if (p.isAbsolute()
        || path.startsWith("/")
        || path.startsWith("\\")
        || p.normalize().startsWith("..")) {
      throw new IllegalArgumentException(
          "links.cacheFile must be a path inside the workspace (relative, not leaving it with"
              + " '..'), not '"
              + path
              + "'");
    }
  }

  public LinkSettings {
    remote = remote != null && remote;
    allowPrivate = allowPrivate != null && allowPrivate;
    include = include == null ? List.of() : List.copyOf(include);
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
    concurrency = atLeastOne("concurrency", concurrency, 32);
    perHostConcurrency = atLeastOne("perHostConcurrency", perHostConcurrency, 4);
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
    requireInsideWorkspace(cacheFile);
    cacheMaxAge = cacheMaxAge == null ? "1d" : cacheMaxAge;
    checkFragments = checkFragments != null && checkFragments;
    if (retries < 0 || maxRedirects < 0) {
      throw new IllegalArgumentException(
          "links.retries and links.maxRedirects must not be negative");
    }
    DurationText.parse("perHostInterval", perHostInterval);
    DurationText.parse("connectTimeout", connectTimeout);
    DurationText.parse("requestTimeout", requestTimeout);
    DurationText.parse("retryDelay", retryDelay);
    DurationText.parse("maxRetryAfter", maxRetryAfter);
    DurationText.parse("cacheMaxAge", cacheMaxAge);
    StatusRanges.parse(acceptedStatuses);
    requireRegexes("include", include);
    requireRegexes("exclude", exclude);
  }

  private static void requireRegexes(String name, List<String> patterns) {
    for (String pattern : patterns) {
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "links." + name + ": '" + pattern + "' is not a valid regex: " + e.getDescription());
      }
    }
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
    return new LinkSettings(
        on,
        allowPrivate,
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
    return DurationText.parse("perHostInterval", perHostInterval);
  }

  public Duration connectTimeoutDuration() {
    return DurationText.parse("connectTimeout", connectTimeout);
  }

  public Duration requestTimeoutDuration() {
    return DurationText.parse("requestTimeout", requestTimeout);
  }

  public Duration retryDelayDuration() {
    return DurationText.parse("retryDelay", retryDelay);
  }

  public Duration maxRetryAfterDuration() {
    return DurationText.parse("maxRetryAfter", maxRetryAfter);
  }

  public Duration cacheMaxAgeDuration() {
    return DurationText.parse("cacheMaxAge", cacheMaxAge);
  }

  /** True when {@code status} is in {@link #acceptedStatuses}. */
  public boolean accepts(int status) {
    return status >= 0 && StatusRanges.parse(acceptedStatuses).get(status);
  }

  private static int atLeastOne(String name, Integer value, int defaultValue) {
    if (value == null) {
      return defaultValue;
    }
    if (value < 1) {
      throw new IllegalArgumentException("links." + name + " must be at least 1, not " + value);
    }
    return value;
  }
}
