package io.github.qbanklint.core.api;

import java.util.List;

/**
 * The {@code links:} section: remote checking (off unless asked for) and its limits.
 *
 * @param remote check {@code http(s)} links over the network
 * @param allowPrivate allow requests to loopback, private and link-local addresses
 * @param include regexes; when not empty, only matching URLs are checked remotely
 * @param exclude regexes of URLs never checked remotely
 */
public record LinkSettings(
    Boolean remote, Boolean allowPrivate, List<String> include, List<String> exclude) {
  public LinkSettings {
    remote = remote != null && remote;
    allowPrivate = allowPrivate != null && allowPrivate;
    include = include == null ? List.of() : List.copyOf(include);
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
  }

  /** The same settings with remote checking switched on or off (for --remote, --offline). */
  public LinkSettings withRemote(boolean on) {
    return new LinkSettings(on, allowPrivate, include, exclude);
  }

  public static LinkSettings defaults() {
    return new LinkSettings(null, null, null, null);
  }
}
