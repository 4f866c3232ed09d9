package io.github.qbanklint.core.api;

import java.util.Collection;
import java.util.Map;

/**
 * Checks {@code http(s)} URLs over the network for workspace rules. Off unless remote checking was
 * asked for ({@code --remote}, or {@code links: {remote: true}}).
 */
public interface RemoteLinks {

  /** Whether remote checking is on for this run; when off, {@link #check} checks nothing. */
  boolean enabled();

  /**
   * Checks every URL, each distinct one (fragment ignored) at most once, and returns the status of
   * every URL given, keyed as given.
   */
  Map<String, RemoteLinkStatus> check(Collection<String> urls);

  /** Remote checking switched off. */
  static RemoteLinks disabled() {
    return Disabled.INSTANCE;
  }

  /** The service used when remote checking is off. */
  enum Disabled implements RemoteLinks {
    INSTANCE;

    @Override
    public boolean enabled() {
      return false;
    }

    @Override
    public Map<String, RemoteLinkStatus> check(Collection<String> urls) {
      return Map.of();
    }
  }
}
