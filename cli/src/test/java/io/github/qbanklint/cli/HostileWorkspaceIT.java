package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The linted repository is untrusted (SECURITY.md): a workspace built as an attacker would, beside
 * a sentinel tree, linted with every command. Nothing outside the workspace may change, no output
 * may carry a raw ESC or the value of an environment variable, and no request may reach a loopback
 * server unless the command line allows private addresses.
 */
class HostileWorkspaceIT {
  private static final String SECRET = "qbank-lint-secret-7f3a9c";
  private static final Map<String, String> ENV = Map.of("QBANK_LINT_TEST_SECRET", SECRET);
  private static final String FIXABLE = "### 问题1：什么是召回？\n\n**召回：**从全量物品中选出候选集。\n";

  @TempDir Path dir;
  private Path sentinel;
  private Path workspace;
  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private final List<CliRunner.Result> results = new ArrayList<>();

  @BeforeEach
  void buildHostileWorkspace() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();

    sentinel = Files.createDirectories(dir.resolve("sentinel"));
    write(sentinel.resolve("secret.md"), "# Secret\n\n" + FIXABLE);
    write(Files.createDirectories(sentinel.resolve("dir")).resolve("inner.md"), FIXABLE);
    write(sentinel.resolve("cache.json"), "{\"not\": \"a cache\"}\n");
    write(sentinel.resolve("words.txt"), "sentinel\n");
    Files.setPosixFilePermissions(
        sentinel.resolve("words.txt"), PosixFilePermissions.fromString("rw-r-----"));

    workspace = Files.createDirectories(dir.resolve("workspace"));
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/page";
    write(
        workspace.resolve("bank.md"),
        "# Bank \u001b]0;owned\u0007 title\n\n## Topic \u001b[2J\u202e reversed\n\n"
            + FIXABLE
            + "\nSee [the page]("
            + url
            + ") and [outside](../sentinel/secret.md#secret) and [env](env.md).\n");
    write(workspace.resolve("name \u001b[31mred\u0007.md"), "# Red\n\n" + FIXABLE);
    Files.createSymbolicLink(workspace.resolve("link-out.md"), sentinel.resolve("secret.md"));
    Files.createSymbolicLink(workspace.resolve("dir-out"), sentinel.resolve("dir"));
    Files.createSymbolicLink(workspace.resolve("env.md"), Path.of("/proc/self/environ"));
    Files.createSymbolicLink(workspace.resolve("cache-dir"), sentinel);
    new ProcessBuilder("mkfifo", workspace.resolve("fifo.md").toString()).start().waitFor();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void aHostileConfigIsRefusedAndTouchesNothingOutside() throws Exception {
    Map<Path, String> before = snapshot(sentinel);
    for (String config :
        List.of(
            "links: {remote: true, cacheFile: ../sentinel/cache.json}\n",
            "links: {remote: true, cacheFile: " + sentinel.resolve("cache.json") + "}\n",
            "links: {remote: true, cacheFile: cache-dir/cache.json}\n",
            "prose: {acceptedWordsFile: ../sentinel/words.txt}\n",
            "baseline: ../sentinel/cache.json\n")) {
      write(workspace.resolve(".qbank-lint.yml"), config);
      CliRunner.Result result = run("check", ".", "--remote");
      assertThat(result.exitCode()).as(config).isEqualTo(2);
      assertThat(result.stderr()).as(config).contains(".qbank-lint.yml");
    }
    assertThat(snapshot(sentinel)).isEqualTo(before);
    assertThat(requests).hasValue(0);
    assertOutputsAreInert();
  }

  @Test
  void everyCommandStaysInsideTheWorkspace() throws Exception {
    write(workspace.resolve(".qbank-lint.yml"), "links: {remote: true}\n");
    Map<Path, String> before = snapshot(sentinel);

    CliRunner.Result text = run("check", ".", "--remote");
    run("check", ".", "--remote", "--format", "github");
    run("check", ".", "--format", "json");
    run("report", ".");
    run("outline", ".");
    run("baseline", "create", ".");
    CliRunner.Result overLinted = run("check", ".", "--output", "bank.md");
    run("fix", ".");

    assertThat(overLinted.exitCode()).isEqualTo(2);
    assertThat(text.stdout()).doesNotContain("\u202e").contains("outside the workspace");
    assertThat(snapshot(sentinel)).isEqualTo(before);
    assertThat(requests).as("requests to a loopback address").hasValue(0);
    assertThat(Files.readString(workspace.resolve("bank.md"))).contains("**召回**：");
    assertOutputsAreInert();
  }

  private CliRunner.Result run(String... args) throws IOException, InterruptedException {
    CliRunner.Result result = CliRunner.runWithEnvironment(workspace, ENV, args);
    results.add(result);
    return result;
  }

  private void assertOutputsAreInert() throws IOException {
    List<String> outputs = new ArrayList<>();
    results.forEach(r -> outputs.addAll(List.of(r.stdout(), r.stderr())));
    try (Stream<Path> files = Files.walk(workspace)) {
      for (Path file :
          files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".json") || name.endsWith(".html") || name.endsWith(".sarif")) {
          outputs.add(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    assertThat(outputs)
        .allSatisfy(
            out -> {
              assertThat(out)
                  .doesNotContain(SECRET)
                  .doesNotContain("\u001b")
                  .doesNotContain("\u0007");
              assertThat(out).doesNotContain("\u202e");
            });
  }

  /** Every file under {@code root}: its content hash, inode and mode, links not followed. */
  private static Map<Path, String> snapshot(Path root) throws IOException {
    Map<Path, String> state = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.toList()) {
        Object inode = Files.getAttribute(p, "unix:ino", LinkOption.NOFOLLOW_LINKS);
        Object mode = Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        String content = Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? sha256(p) : "-";
        state.put(root.relativize(p), content + " " + inode + " " + mode);
      }
    }
    return state;
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
