package io.github.qbanklint.core.remote;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides, once per host, whether it may be requested: a host that resolves to a loopback, private,
 * link-local, unique-local or wildcard address is refused unless private addresses are allowed, so
 * that checks in CI never probe an internal network.
 */
final class AddressGuard {
  /** What a host resolved to. */
  enum Verdict {
    PUBLIC,
    PRIVATE,
    UNKNOWN_HOST
  }

  private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();

  Verdict verdict(String host) {
    return verdicts.computeIfAbsent(host, AddressGuard::resolve);
  }

  private static Verdict resolve(String host) {
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    try {
      for (InetAddress address : InetAddress.getAllByName(bare)) {
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
