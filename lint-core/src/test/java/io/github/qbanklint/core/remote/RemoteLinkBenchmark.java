package io.github.qbanklint.core.remote;

import io.github.qbanklint.core.api.LinkSettings;
import io.github.qbanklint.core.api.RemoteLinkStatus;
import io.github.qbanklint.core.config.ConfigLoader;
import io.github.qbanklint.core.remote.LoopbackServer.Reply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Benchmark (not a test): 2,000 distinct URLs on a loopback server that answers after 50 ms,
 * default settings except {@code allowPrivate}, per-host concurrency 32 and no per-host interval.
 * Target: at most 5 s. Run after {@code mvn -o -q -pl lint-core test-compile}:
 *
 * <pre>
 * java -cp lint-core/target/classes:lint-core/target/test-classes:$(cat cp.txt) \
 *     io.github.qbanklint.core.remote.RemoteLinkBenchmark [rounds]
 * </pre>
 */
public final class RemoteLinkBenchmark {
  private static final int URLS = 2_000;

  private RemoteLinkBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    LinkSettings settings =
        ConfigLoader.parse(
                Path.of("benchmark.yml"),
                """
                links:
                  remote: true
                  allowPrivate: true
                  perHostConcurrency: 32
                  perHostInterval: 0ms
                  cacheFile: ""
                """)
            .settings()
            .links();
    try (LoopbackServer server =
        new LoopbackServer((path, earlier) -> Reply.status(200).after(50))) {
      for (int round = 1; round <= rounds; round++) {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < URLS; i++) {
          urls.add(server.url("/round-" + round + "/page-" + i));
        }
        int before = server.requests();
        long start = System.nanoTime();
        Map<String, RemoteLinkStatus> results =
            new RemoteLinkService(settings, RemoteCacheFiles.none(), RemoteProgress.NONE)
                .check(urls);
        double seconds = (System.nanoTime() - start) / 1e9;
        long alive = results.values().stream().filter(s -> !s.failed()).count();
        System.out.printf(
            "round %d: %d URLs in %.2f s (%d alive, %d requests, at most %d in flight)%n",
            round, URLS, seconds, alive, server.requests() - before, server.maxInFlight());
      }
    }
  }
}
