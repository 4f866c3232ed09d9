package io.github.qbanklint.core.remote;

import io.github.qbanklint.core.api.RemoteLinkStatus;
import io.github.qbanklint.core.api.RemoteLinkStatus.Outcome;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fragments of remote links: which need a look at the page, and whether the page has them (an
 * element {@code id} or {@code name}, also behind GitHub's {@code user-content-} prefix).
 */
final class RemoteFragments {
  private static final Pattern ALWAYS_THERE =
      Pattern.compile("(?i)top|L\\d+(C\\d+)?(-L\\d+(C\\d+)?)?");

  private RemoteFragments() {}

  /** The decoded fragment of {@code url} that names an element, if it has one. */
  static Optional<String> of(String url) {
    int hash = url.indexOf('#');
    if (hash < 0 || hash == url.length() - 1) {
      return Optional.empty();
    }
    String fragment = decode(url.substring(hash + 1));
    return ALWAYS_THERE.matcher(fragment).matches() ? Optional.empty() : Optional.of(fragment);
  }

  /** The status of {@code url}: its page's, unless the page was read and lacks the fragment. */
  static RemoteLinkStatus check(String url, LinkProbe.Probed probed) {
    RemoteLinkStatus status = probed.status();
    Optional<String> fragment = of(url);
    if (fragment.isEmpty() || status.outcome() != Outcome.ALIVE || probed.anchors().isEmpty()) {
      return status;
    }
    Set<String> anchors = probed.anchors().get();
    String id = fragment.get();
    if (anchors.contains(id) || anchors.contains("user-content-" + id)) {
      return status;
    }
    return new RemoteLinkStatus(
        status.url(),
        Outcome.MISSING_FRAGMENT,
        status.httpStatus(),
        "the page has no element with id or name '" + id + "'",
        status.attempts());
  }

  private static String decode(String fragment) {
    try {
      return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return fragment;
    }
  }
}
