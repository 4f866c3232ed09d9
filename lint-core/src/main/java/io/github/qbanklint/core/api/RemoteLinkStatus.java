package io.github.qbanklint.core.api;

/**
 * What checking one URL found.
 *
 * @param url the URL requested, without its fragment
 * @param outcome what happened
 * @param httpStatus the last HTTP status received, or 0 when there was none
 * @param detail a short explanation for messages (the reason phrase, the exception's text)
 * @param attempts requests made for this URL (0 when it was skipped or served from the cache)
 */
public record RemoteLinkStatus(
    String url, Outcome outcome, int httpStatus, String detail, int attempts) {

  /** The kinds of result; only {@link #ALIVE} and the URLs not requested are not failures. */
  public enum Outcome {
    ALIVE,
    /** Not requested: not http(s), excluded by the include/exclude patterns. */
    SKIPPED,
    /** Not requested: the host resolves to a loopback, private or link-local address. */
    PRIVATE_ADDRESS,
    /** Not requested: no host name resolved, not even a well-known one (no network). */
    NO_NETWORK,
    HTTP_ERROR,
    RATE_LIMITED,
    TIMEOUT,
    DNS_FAILURE,
    TLS_ERROR,
    TOO_MANY_REDIRECTS,
    /** The page is alive but has no element for the link's fragment (with checkFragments). */
    MISSING_FRAGMENT,
    CONNECTION_FAILED
  }

  public boolean failed() {
    return outcome != Outcome.ALIVE
        && outcome != Outcome.SKIPPED
        && outcome != Outcome.PRIVATE_ADDRESS
        && outcome != Outcome.NO_NETWORK;
  }
}
