package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged CLI trusts a config found in the repository less than its own options and a config
 * named with --config: requests to private addresses and paths out of the workspace need those.
 */
class ConfigTrustIT {
  @TempDir Path dir;
  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private Path project;

  /** A bank linking a page on 127.0.0.1 that answers 404, and a count of requests to it. */
  @BeforeEach
  void bankLinkingALoopbackServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    server.start();
    project = Files.createDirectories(dir.resolve("project"));
    Files.writeString(
        project.resolve("README.md"),
        "## 面试题\n\n### 问题1：什么是召回？\n\n见 [召回综述](http://127.0.0.1:"
            + server.getAddress().getPort()
            + "/gone)。\n");
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private Path config(Path directory, String yaml) throws Exception {
    return Files.writeString(directory.resolve(".qbank-lint.yml"), yaml);
  }

  @Test
  void aFoundConfigAllowingPrivateAddressesExitsTwoSayingHowToAllowThem() throws Exception {
    Path config = config(project, "links:\n  remote: true\n  allowPrivate: true\n");
    CliRunner.Result r = CliRunner.run(project, "check", ".");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr().lines())
        .containsExactly(
            "qbank-lint: "
                + config.toRealPath()
                + ":3:17: links.allowPrivate: a config found in the repository may not turn this"
                + " on; pass --allow-private to qbank-lint, or set allowPrivate in the Maven"
                + " plugin's configuration");
    assertThat(requests).hasValue(0);
  }

  @Test
  void allowPrivateLetsRemoteChecksReachALoopbackServer() throws Exception {
    config(project, "links:\n  cacheFile: ''\n");
    CliRunner.Result skipped = CliRunner.run(project, "check", ".", "--remote");
    assertThat(skipped.exitCode()).as(skipped.stderr()).isZero();
    assertThat(requests).hasValue(0);

    CliRunner.Result checked = CliRunner.run(project, "check", ".", "--remote", "--allow-private");
    assertThat(checked.exitCode()).as(checked.stderr()).isEqualTo(1);
    assertThat(checked.stdout()).contains("dead-remote-link");
    assertThat(requests.get()).isPositive();
  }

  @Test
  void aNamedConfigMayAllowPrivateAddresses() throws Exception {
    Path trusted =
        config(
            Files.createDirectories(dir.resolve("trusted")),
            "links:\n  remote: true\n  allowPrivate: true\n  cacheFile: ''\n");
    CliRunner.Result r = CliRunner.run(project, "check", ".", "--config", trusted.toString());
    assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
    assertThat(r.stdout()).contains("dead-remote-link");
    assertThat(requests.get()).isPositive();
  }

  @Test
  void aFoundConfigsCacheFileThroughALinkOutOfTheWorkspaceExitsTwo() throws Exception {
    Files.createSymbolicLink(project.resolve("out"), Files.createDirectories(dir.resolve("else")));
    Path config = config(project, "links:\n  remote: true\n  cacheFile: out/cache.json\n");
    CliRunner.Result r = CliRunner.run(project, "check", ".");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr().lines())
        .singleElement()
        .asString()
        .startsWith(
            "qbank-lint: " + config.toRealPath() + ":3:14: links.cacheFile: 'out/cache.json'")
        .contains("leads outside the workspace");
    assertThat(dir.resolve("else/cache.json")).doesNotExist();
  }

  @Test
  void aFoundConfigLinkedFromOutsideTheWorkspaceExitsTwo() throws Exception {
    Path outside = config(Files.createDirectories(dir.resolve("outside")), "exclude: []\n");
    Files.createSymbolicLink(project.resolve(".qbank-lint.yml"), outside);
    CliRunner.Result r = CliRunner.run(project, "check", ".");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr().lines())
        .singleElement()
        .asString()
        .contains("the config is a symbolic link to a file outside the workspace");
  }
}
