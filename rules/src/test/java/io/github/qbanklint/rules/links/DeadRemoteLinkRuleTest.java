package io.github.qbanklint.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.remote.LoopbackServer;
import io.github.qbanklint.core.remote.LoopbackServer.Reply;
import io.github.qbanklint.rules.testing.RuleHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dead-remote-link on a workspace whose links point at a server on 127.0.0.1. */
class DeadRemoteLinkRuleTest {
  private static final String REMOTE =
      """
      links:
        remote: true
        allowPrivate: true
        retries: 1
        retryDelay: 10ms
        maxRetryAfter: 50ms
        perHostInterval: 0ms
        cacheFile: ""
      """;

  @TempDir Path workspace;
  private LoopbackServer server;

  @BeforeEach
  void startServer() throws IOException {
    server =
        new LoopbackServer(
            (path, earlier) ->
                switch (path) {
                  case "/ok" -> Reply.status(200);
                  case "/limited" -> new Reply(429, "Retry-After", "1", 0);
                  default -> Reply.status(404);
                });
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private List<Finding> lint(String configYaml) throws IOException {
    return lint(configYaml, null);
  }

  /** Lints the workspace, reporting the files in {@code reported}, or every file when null. */
  private List<Finding> lint(String configYaml, java.util.Set<String> reported) throws IOException {
    Files.writeString(
        workspace.resolve("README.md"),
        String.join(
            "\n",
            "# Links",
            "",
            "- [alive](" + server.url("/ok") + ")",
            "- [dead](" + server.url("/missing") + ")",
            "- [dead again](" + server.url("/missing#part") + ")",
            "- ![dead image](" + server.url("/img.png") + ")",
            "- [busy](" + server.url("/limited") + ")",
            "- [mail](mailto:someone@example.com)",
            "- [local](README.md)",
            ""));
    return (reported == null
            ? RuleHarness.lintDirectory(new DeadRemoteLinkRule(), workspace, configYaml)
            : RuleHarness.lintDirectory(new DeadRemoteLinkRule(), workspace, configYaml, reported))
        .findings();
  }

  @Test
  void aRunReportingSomeFilesChecksOnlyTheirLinks() throws IOException {
    Files.writeString(
        workspace.resolve("other.md"), "# Other\n\n- [elsewhere](" + server.url("/other") + ")\n");

    lint(REMOTE, java.util.Set.of("README.md"));

    assertThat(server.requests("/missing")).isEqualTo(1);
    assertThat(server.requests("/other")).isZero();
  }

  @Test
  void reportsEveryPlaceOfADeadUrlRequestedOnce() throws IOException {
    List<Finding> findings = lint(REMOTE);

    assertThat(findings).extracting(Finding::line).containsExactly(4, 5, 6, 7);
    assertThat(findings.get(0).message()).contains("/missing'").contains("HTTP 404");
    assertThat(findings.get(2).message()).contains("/img.png").contains("HTTP 404");
    assertThat(server.requests("/missing")).isEqualTo(1);
    assertThat(server.requests("/ok")).isEqualTo(1);
  }

  @Test
  void aPersistentRateLimitIsAWarningNotADeadLink() throws IOException {
    List<Finding> findings = lint(REMOTE);

    Finding busy = findings.stream().filter(f -> f.line() == 7).findFirst().orElseThrow();
    assertThat(busy.severity()).isEqualTo(Severity.WARNING);
    assertThat(busy.message()).contains("rate limited");
    assertThat(findings.stream().filter(f -> f.line() != 7))
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void withoutRemoteCheckingNothingIsRequested() throws IOException {
    assertThat(lint("")).isEmpty();
    assertThat(server.requests()).isZero();
  }

  @Test
  void privateAddressesAreNotRequestedUnlessAllowed() throws IOException {
    assertThat(lint(REMOTE.replace("allowPrivate: true", "allowPrivate: false"))).isEmpty();
    assertThat(server.requests()).isZero();
  }
}
