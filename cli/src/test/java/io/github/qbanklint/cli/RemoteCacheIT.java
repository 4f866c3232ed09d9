package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The remote-link cache of the packaged CLI lives in the user cache directory: a second run does
 * not request the links the first found alive, and nothing is written in the workspace; the file of
 * older versions in the workspace is imported, not written.
 */
class RemoteCacheIT {
  @TempDir Path dir;
  private Path workspace;
  private HttpServer server;
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

  @BeforeEach
  void workspaceWithLinksToALoopbackServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
          exchange.sendResponseHeaders(path.equals("/gone") ? 404 : 200, -1);
          exchange.close();
        });
    server.start();
    workspace = Files.createDirectories(dir.resolve("workspace"));
    Files.writeString(
        workspace.resolve("README.md"),
        String.join(
            "\n",
            "# Links",
            "",
            "- [a](" + url("/a") + ")",
            "- [b](" + url("/b") + ")",
            "- [old](" + url("/old") + ")",
            "- [gone](" + url("/gone") + ")",
            ""));
    Files.writeString(workspace.resolve(".qbank-lint.yml"), "links: {retries: 0}\n");
    Files.writeString(
        workspace.resolve(".qbank-lint-cache.json"),
        "{\"version\": 1, \"entries\": {\""
            + url("/old")
            + "\": {\"status\": 200, \"checkedAt\": "
            + Instant.now().toEpochMilli()
            + "}}}");
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void aSecondRunRequestsOnlyWhatWasNotFoundAliveAndWritesNothingInTheWorkspace() throws Exception {
    List<String> before = listing(workspace);
    byte[] legacy = Files.readAllBytes(workspace.resolve(".qbank-lint-cache.json"));

    CliRunner.Result first = check();
    CliRunner.Result second = check();

    assertThat(first.exitCode()).isEqualTo(1);
    assertThat(second.stdout()).isEqualTo(first.stdout());
    assertThat(requests("/a")).isEqualTo(1);
    assertThat(requests("/b")).isEqualTo(1);
    assertThat(requests("/old")).as("imported from the old workspace file").isZero();
    assertThat(requests("/gone")).as("a broken link is checked again").isEqualTo(2);
    assertThat(second.stderr()).contains("3 alive in the cache");
    assertThat(listing(workspace)).isEqualTo(before);
    assertThat(Files.readAllBytes(workspace.resolve(".qbank-lint-cache.json"))).isEqualTo(legacy);
    try (Stream<Path> files = Files.walk(dir.resolve("xdg"))) {
      assertThat(files.map(p -> p.getFileName().toString())).contains("remote-links.bin");
    }

    check("--no-cache");
    assertThat(requests("/a")).as("--no-cache turns the remote-link cache off too").isEqualTo(2);
  }

  private CliRunner.Result check(String... more) throws Exception {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("check", "--remote", "--allow-private", "--progress", "never", "README.md"));
    args.addAll(List.of(more));
    return CliRunner.runWithEnvironment(
        workspace,
        Map.of("XDG_CACHE_HOME", dir.resolve("xdg").toString()),
        args.toArray(String[]::new));
  }

  private int requests(String path) {
    AtomicInteger count = requests.get(path);
    return count == null ? 0 : count.get();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private static List<String> listing(Path root) throws Exception {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(
              p -> root.relativize(p) + " " + p.toFile().length() + " " + p.toFile().lastModified())
          .sorted()
          .toList();
    }
  }
}
