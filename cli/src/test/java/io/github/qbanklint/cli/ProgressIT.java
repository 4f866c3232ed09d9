package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.remote.LoopbackServer;
import io.github.qbanklint.core.remote.LoopbackServer.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged CLI's progress line on standard error (redrawn with CR and erased before the output)
 * and its remote summary, on a bank whose 12 links point at a slow server on 127.0.0.1, one request
 * at a time: a run of about three seconds.
 */
class ProgressIT {
  private static final String ERASE = "\r\u001b[K";
  private static final int LINKS = 12;

  @TempDir Path bank;
  private LoopbackServer server;

  @BeforeEach
  void slowBank() throws Exception {
    server = new LoopbackServer((path, earlier) -> Reply.status(200).after(250));
    String links =
        IntStream.rangeClosed(1, LINKS)
            .mapToObj(i -> "- [page " + i + "](" + server.url("/page/" + i) + ")")
            .collect(Collectors.joining("\n"));
    Files.writeString(bank.resolve("README.md"), "# Links\n\n" + links + "\n");
    Files.writeString(
        bank.resolve(".qbank-lint.yml"),
        "links:\n  perHostConcurrency: 1\n  perHostInterval: 0ms\n  retries: 0\n");
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private CliRunner.Result check(String... options) throws Exception {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("check", "--remote", "--allow-private", "--no-cache", "README.md"));
    args.addAll(List.of(options));
    return CliRunner.run(bank, args.toArray(String[]::new));
  }

  @Test
  void alwaysRedrawsTheLineInPlaceAndErasesItBeforeTheSummary() throws Exception {
    CliRunner.Result r = check("--progress", "always");

    assertThat(r.exitCode()).isZero();
    String err = r.stderr();
    assertThat(err)
        .startsWith("\rqbank-lint: files ")
        .contains("\rqbank-lint: files 1/1, remote links ");
    long redraws = err.chars().filter(c -> c == '\r').count() - 1;
    assertThat(redraws).as(err).isGreaterThanOrEqualTo(3);
    assertThat(err).contains("remote links " + LINKS / 2 + "/" + LINKS + " (0 cached, 0 skipped");
    assertThat(err)
        .endsWith(
            ERASE
                + "qbank-lint: remote links: 12 URLs; requested 12: 12 alive; not checked: none"
                + System.lineSeparator());
    String beforeErase = err.substring(0, err.lastIndexOf(ERASE));
    assertThat(beforeErase.replace("\r", "").replace("\u001b[K", "")).matches("[\\x20-\\x7e]*");
    assertThat(r.stdout()).doesNotContain("\r").doesNotContain("\u001b");
  }

  @Test
  void neverAndAutoWhenStandardErrorIsAFileDrawNothing() throws Exception {
    for (CliRunner.Result r : List.of(check("--progress", "never"), check())) {
      assertThat(r.exitCode()).isZero();
      assertThat(r.stderr())
          .doesNotContain("\r")
          .doesNotContain("\u001b")
          .isEqualTo(
              "qbank-lint: remote links: 12 URLs; requested 12: 12 alive; not checked: none"
                  + System.lineSeparator());
    }
  }
}
