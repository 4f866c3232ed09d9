package io.github.qbanklint.core.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.LinkSettings;
import io.github.qbanklint.core.api.RemoteLinkStatus;
import io.github.qbanklint.core.api.RemoteLinkStatus.Outcome;
import io.github.qbanklint.core.config.ConfigLoader;
import io.github.qbanklint.core.remote.LoopbackServer.Reply;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary of a remote check (what was requested, cached, and not checked and why), and how a
 * machine without network is told from hosts that do not exist, with a stand-in for DNS.
 */
class RemoteSummaryTest {
  private static final String GONE_A = "https://gone-a.example.org/page";
  private static final String GONE_B = "https://gone-b.example.net/page#part";

  @TempDir Path temp;
  private LoopbackServer server;

  @BeforeEach
  void startServer() throws Exception {
    server = new LoopbackServer((path, earlier) -> Reply.status(path.equals("/bad") ? 404 : 200));
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private static LinkSettings settings(String... lines) {
    StringBuilder yaml =
        new StringBuilder("links:\n  remote: true\n  perHostInterval: 0ms\n  retries: 0\n");
    for (String line : lines) {
      yaml.append("  ").append(line).append('\n');
    }
    return ConfigLoader.parse(Path.of("test.yml"), yaml.toString()).settings().links();
  }

  /** DNS that knows only the names given (IP literals are read as they are, as the JDK does). */
  private static HostResolver dnsKnowing(Set<String> names, List<String> asked) {
    return host -> {
      asked.add(host);
      if (host.matches("[0-9.]+") || host.contains(":")) {
        return InetAddress.getAllByName(host);
      }
      if (names.contains(host)) {
        return new InetAddress[] {
          InetAddress.getByAddress(host, new byte[] {93, (byte) 184, 0, 1})
        };
      }
      throw new UnknownHostException(host);
    };
  }

  @Test
  void withoutAnyDnsTheUnresolvedLinksAreNotCheckedRatherThanBroken() {
    List<String> asked = new CopyOnWriteArrayList<>();
    RemoteLinkService service =
        new RemoteLinkService(
            settings("allowPrivate: true"),
            RemoteCacheFiles.none(),
            RemoteProgress.NONE,
            dnsKnowing(Set.of(), asked),
            Clock.systemUTC());

    Map<String, RemoteLinkStatus> results =
        service.check(List.of(GONE_A, GONE_B, server.url("/ok")));

    assertThat(results.get(GONE_A).outcome()).isEqualTo(Outcome.NO_NETWORK);
    assertThat(results.get(GONE_B).outcome()).isEqualTo(Outcome.NO_NETWORK);
    assertThat(results.get(GONE_A).failed()).isFalse();
    assertThat(results.get(server.url("/ok")).outcome()).isEqualTo(Outcome.ALIVE);
    assertThat(asked).contains(AddressGuard.WELL_KNOWN_HOST);
    assertThat(service.summary().orElseThrow())
        .isEqualTo(new RemoteSummary(3, 1, 0, 0, 0, 0, 0, 2));
    assertThat(service.summary().orElseThrow().describe("pass --allow-private"))
        .isEqualTo(
            "remote links: 3 URLs; requested 1: 1 alive; not checked: 2 with no network"
                + " (no host name could be resolved)");
  }

  @Test
  void whenAWellKnownNameResolvesTheUnknownHostsAreBroken() {
    List<String> asked = new CopyOnWriteArrayList<>();
    RemoteLinkService service =
        new RemoteLinkService(
            settings(),
            RemoteCacheFiles.none(),
            RemoteProgress.NONE,
            dnsKnowing(Set.of(AddressGuard.WELL_KNOWN_HOST), asked),
            Clock.systemUTC());

    Map<String, RemoteLinkStatus> results = service.check(List.of(GONE_A, GONE_B));

    assertThat(results.values())
        .extracting(RemoteLinkStatus::outcome)
        .containsOnly(Outcome.DNS_FAILURE);
    assertThat(service.summary().orElseThrow().broken()).isEqualTo(2);
  }

  @Test
  void aHostThatResolvesShowsTheNetworkWorksWithoutAskingForAWellKnownName() {
    List<String> asked = new CopyOnWriteArrayList<>();
    // resolves to a public address, where the request then fails: enough to show that DNS works
    RemoteLinkService service =
        new RemoteLinkService(
            settings("connectTimeout: 200ms", "requestTimeout: 200ms"),
            RemoteCacheFiles.none(),
            RemoteProgress.NONE,
            dnsKnowing(Set.of("known.test"), asked),
            Clock.systemUTC());

    Map<String, RemoteLinkStatus> results =
        service.check(List.of(GONE_A, "http://known.test:9/page"));

    assertThat(results.get(GONE_A).outcome()).isEqualTo(Outcome.DNS_FAILURE);
    assertThat(asked).doesNotContain(AddressGuard.WELL_KNOWN_HOST);
  }

  @Test
  void theSummarySaysWhatWasNotCheckedAndWhy() {
    RemoteLinkService service =
        new RemoteLinkService(
            settings("exclude: ['/skipped']"), RemoteCacheFiles.none(), RemoteProgress.NONE);

    service.check(
        List.of(server.url("/ok"), server.url("/bad"), server.url("/skipped"), server.url("/x")));

    assertThat(service.summary().orElseThrow())
        .isEqualTo(new RemoteSummary(4, 0, 0, 0, 0, 1, 3, 0));
    assertThat(service.summary().orElseThrow().describe("pass --allow-private"))
        .isEqualTo(
            "remote links: 4 URLs; requested 0; not checked: 3 private or loopback addresses"
                + " (pass --allow-private to check them), 1 left out by"
                + " links.include/links.exclude");
    assertThat(server.requests()).isZero();
  }

  @Test
  void theSummaryCountsCachedBrokenAndAliveUrls() {
    RemoteCacheFiles cache = TestCaches.in(temp);
    LinkSettings settings = settings("allowPrivate: true");
    new RemoteLinkService(settings, cache, RemoteProgress.NONE).check(List.of(server.url("/ok")));
    RemoteLinkService second = new RemoteLinkService(settings, cache, RemoteProgress.NONE);

    second.check(List.of(server.url("/ok"), server.url("/bad"), server.url("/new")));

    RemoteSummary summary = second.summary().orElseThrow();
    assertThat(summary).isEqualTo(new RemoteSummary(3, 1, 1, 0, 1, 0, 0, 0));
    assertThat(summary.describe("pass --allow-private"))
        .isEqualTo(
            "remote links: 3 URLs; requested 2: 1 alive, 1 broken; 1 alive in the cache"
                + " (links.cacheMaxAge); not checked: none");
  }

  @Test
  void nothingToCheckIsSaidSo() {
    RemoteLinkService service =
        new RemoteLinkService(settings(), RemoteCacheFiles.none(), RemoteProgress.NONE);

    service.check(List.of());

    assertThat(service.summary().orElseThrow().describe(""))
        .isEqualTo("remote links: none to check");
  }
}
