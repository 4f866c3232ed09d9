package io.github.qbanklint.core.remote;

import io.github.qbanklint.core.api.RemoteLinkStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a remote link check did with each distinct URL (without its fragment): how many it requested
 * and what it found, how many the cache answered, and what it did not check and why.
 *
 * @param urls distinct URLs
 * @param alive requested and alive
 * @param broken requested and failed (HTTP error, DNS, timeout, TLS, redirects, connection)
 * @param rateLimited requested and still rate limited after the retries
 * @param cached alive according to the cache, not requested
 * @param skippedByPattern left out by {@code links.include} or {@code links.exclude}
 * @param privateAddresses not requested: the host is a loopback, private or link-local address
 * @param noNetwork not requested: no host name could be resolved at all
 */
public record RemoteSummary(
    int urls,
    int alive,
    int broken,
    int rateLimited,
    int cached,
    int skippedByPattern,
    int privateAddresses,
    int noNetwork) {

  /** What one URL's status counts as. */
  enum Kind {
    ALIVE,
    BROKEN,
    RATE_LIMITED,
    CACHED,
    SKIPPED_BY_PATTERN,
    PRIVATE_ADDRESS,
    NO_NETWORK
  }

  static Kind kindOf(RemoteLinkStatus status) {
    return switch (status.outcome()) {
      case ALIVE -> status.attempts() == 0 ? Kind.CACHED : Kind.ALIVE;
      case SKIPPED -> Kind.SKIPPED_BY_PATTERN;
      case PRIVATE_ADDRESS -> Kind.PRIVATE_ADDRESS;
      case NO_NETWORK -> Kind.NO_NETWORK;
      case RATE_LIMITED -> Kind.RATE_LIMITED;
      default -> Kind.BROKEN;
    };
  }

  /** The summary of the statuses of distinct URLs. */
  static RemoteSummary of(Collection<RemoteLinkStatus> statuses) {
    int[] counts = new int[Kind.values().length];
    statuses.forEach(s -> counts[kindOf(s).ordinal()]++);
    return new RemoteSummary(
        statuses.size(),
        counts[Kind.ALIVE.ordinal()],
        counts[Kind.BROKEN.ordinal()],
        counts[Kind.RATE_LIMITED.ordinal()],
        counts[Kind.CACHED.ordinal()],
        counts[Kind.SKIPPED_BY_PATTERN.ordinal()],
        counts[Kind.PRIVATE_ADDRESS.ordinal()],
        counts[Kind.NO_NETWORK.ordinal()]);
  }

  /** URLs requested over the network. */
  public int requested() {
    return alive + broken + rateLimited;
  }

  /**
   * One line for the console, for example {@code remote links: 12 URLs; requested 8: 6 alive, 2
   * broken; 1 alive in the cache; not checked: 3 private or loopback addresses (pass
   * --allow-private to check them)}.
   *
   * @param allowPrivateHint how this front end lets private addresses be requested
   */
  public String describe(String allowPrivateHint) {
    if (urls == 0) {
      return "remote links: none to check";
    }
    StringBuilder line = new StringBuilder("remote links: ").append(count(urls, "URL"));
    line.append("; requested ").append(requested());
    List<String> found = new ArrayList<>();
    addIfAny(found, alive, alive + " alive");
    addIfAny(found, broken, broken + " broken");
    addIfAny(found, rateLimited, rateLimited + " rate limited");
    if (!found.isEmpty()) {
      line.append(": ").append(String.join(", ", found));
    }
    if (cached > 0) {
      line.append("; ").append(cached).append(" alive in the cache (links.cacheMaxAge)");
    }
    List<String> notChecked = new ArrayList<>();
    addIfAny(
        notChecked,
        privateAddresses,
        count(privateAddresses, "private or loopback address", "private or loopback addresses")
            + " ("
            + allowPrivateHint
            + " to check them)");
    addIfAny(
        notChecked,
        skippedByPattern,
        skippedByPattern + " left out by links.include/links.exclude");
    addIfAny(
        notChecked, noNetwork, noNetwork + " with no network (no host name could be resolved)");
    line.append("; not checked: ")
        .append(notChecked.isEmpty() ? "none" : String.join(", ", notChecked));
    return line.toString();
  }

  private static void addIfAny(List<String> parts, int count, String text) {
    if (count > 0) {
      parts.add(text);
    }
  }

  private static String count(int n, String noun) {
    return count(n, noun, noun + "s");
  }

  private static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
