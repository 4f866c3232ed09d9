package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the packaged CLI says about remote links it did not check. The JVM's own hosts-file resolver
 * ({@code -Djdk.net.hosts.file}) stands in for DNS: with an empty file no name resolves, as on a
 * runner without network; with one well-known name in it, the network looks alive and the other
 * hosts do not exist.
 */
class RemoteSummaryIT {
  @TempDir Path dir;
  private Path bank;

  @BeforeEach
  void bankWithLinksToThreeHosts() throws Exception {
    bank = Files.createDirectories(dir.resolve("bank"));
    Files.writeString(
        bank.resolve("README.md"),
        String.join(
            "\n",
            "# Links",
            "",
            "- [one](https://one.example/a)",
            "- [two](https://two.example/b)",
            "- [one again](https://one.example/a#part)",
            "- [three](https://three.example/c)",
            "- [local](http://127.0.0.1:9/x)",
            ""));
    Files.writeString(bank.resolve(".qbank-lint.yml"), "links: {retries: 0, cacheFile: ''}\n");
  }

  private CliRunner.Result check(String hostsFile) throws Exception {
    Path hosts = Files.writeString(dir.resolve("hosts"), hostsFile);
    return CliRunner.runWithJvmFlags(
        bank,
        List.of("-Djdk.net.hosts.file=" + hosts),
        "check",
        "--remote",
        "--progress",
        "never",
        "README.md");
  }

  @Test
  void withoutNetworkOneWarningReplacesAnErrorPerLink() throws Exception {
    CliRunner.Result r = check("");

    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout().lines().filter(l -> l.contains("dead-remote-link")))
        .singleElement()
        .asString()
        .contains("README.md:3:3  warning  dead-remote-link  no network: 4 links not checked");
    assertThat(r.stderr())
        .isEqualTo(
            "qbank-lint: remote links: 4 URLs; requested 0; not checked: 1 private or loopback"
                + " address (pass --allow-private to check them), 3 with no network (no host"
                + " name could be resolved)"
                + System.lineSeparator());
  }

  @Test
  void withDnsWorkingAHostThatDoesNotExistIsAnErrorPerLink() throws Exception {
    CliRunner.Result r = check("93.184.215.14 example.com\n");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stdout().lines().filter(l -> l.contains("dead-remote-link")))
        .hasSize(4)
        .allSatisfy(l -> assertThat(l).contains("error").contains("DNS lookup failed"));
    assertThat(r.stderr()).contains("requested 3: 3 broken; not checked: 1 private");
  }
}
