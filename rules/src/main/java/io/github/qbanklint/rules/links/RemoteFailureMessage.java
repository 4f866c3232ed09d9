package io.github.qbanklint.rules.links;

import io.github.qbanklint.core.api.RemoteLinkStatus;

/** Says which failure a remote link had, and what to do about it. */
final class RemoteFailureMessage {
  private RemoteFailureMessage() {}

  static String of(RemoteLinkStatus status) {
    String url = "'" + status.url() + "'";
    String tries = status.attempts() == 1 ? "1 attempt" : status.attempts() + " attempts";
    return switch (status.outcome()) {
      case HTTP_ERROR ->
          url
              + " is dead (HTTP "
              + status.httpStatus()
              + " after "
              + tries
              + "): fix the address or remove the link.";
      case RATE_LIMITED ->
          url
              + " was rate limited (HTTP 429) on all "
              + tries
              + ", so it is unknown whether it works: check again later, or lower"
              + " links.perHostConcurrency.";
      case TIMEOUT ->
          url
              + " timed out ("
              + status.detail()
              + ", "
              + tries
              + "): the server is down or slow; raise links.requestTimeout if it is just slow.";
      case DNS_FAILURE -> url + " is dead: " + status.detail() + " (DNS lookup failed).";
      case TLS_ERROR ->
          url
              + " failed: "
              + status.detail()
              + "; the certificate or TLS setup of the server is broken.";
      case TOO_MANY_REDIRECTS ->
          url
              + " redirects too often ("
              + status.detail()
              + "), probably in a loop: link the final address.";
      case MISSING_FRAGMENT ->
          url + " is alive, but " + status.detail() + ": link an anchor that exists on the page.";
      default -> url + " could not be checked: " + status.detail() + ".";
    };
  }
}
