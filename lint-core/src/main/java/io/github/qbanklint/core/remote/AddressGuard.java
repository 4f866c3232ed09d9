package io.github.qbanklint.core.remote;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides, once per host, whether it may be requested: a host that resolves to a loopback, private,
 * link-local, unique-local or wildcard address is refused unless private addresses are allowed, so
 * that checks in CI never probe an internal network. It also tells a machine without network (no
 * host name resolves, not even a well-known one) from hosts that do not exist.
 */
final class AddressGuard {
  /** A name that resolves wherever DNS works (RFC 2606 reserves it for examples). */
  static final String WELL_KNOWN_HOST = "example.com";

  /** What a host resolved to. */
  enum Verdict {
    PUBLIC,
    PRIVATE,
    UNKNOWN_HOST
  }

  private final HostResolver resolver;
  private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();

  AddressGuard(HostResolver resolver) {
    this.resolver = resolver;
  }

  Verdict verdict(String host) {
    return verdicts.computeIfAbsent(host, this::resolve);
  }

  /**
   * Whether the lookups so far look like a machine without network: some host was not found, none
   * resolved to a public address (loopback and {@code /etc/hosts} names resolve offline), and a
   * well-known name does not resolve either. Asked after the check, so the well-known name is
   * looked up only when every host failed.
   */
  boolean noNetwork() {
    return verdicts.containsValue(Verdict.UNKNOWN_HOST)
        && !verdicts.containsValue(Verdict.PUBLIC)
        && verdict(WELL_KNOWN_HOST) == Verdict.UNKNOWN_HOST;
  }

  private Verdict resolve(String host) {
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    try {
      for (InetAddress address : resolver.resolve(bare)) {
        if (isPrivate(address)) {
          return Verdict.PRIVATE;
        }
      }
      return Verdict.PUBLIC;
    } catch (UnknownHostException | SecurityException e) {
      return Verdict.UNKNOWN_HOST;
    }
  }

  static boolean isPrivate(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isSiteLocalAddress()
        || address.isLinkLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address) {
      return (bytes[0] & 0xfe) == 0xfc;
    }
    // 100.64.0.0/10, shared address space behind carrier-grade NAT
    return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
  }
}
