package io.github.qbanklint.core.remote;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Looks a host name up: the system's DNS, or a stand-in in tests that must not use DNS. */
@FunctionalInterface
interface HostResolver {
  HostResolver SYSTEM = InetAddress::getAllByName;

  InetAddress[] resolve(String host) throws UnknownHostException;
}
