package io.github.qbanklint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.api.WorkspaceContext;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.config.ConfigLoader;
import io.github.qbanklint.core.remote.LoopbackServer;
import io.github.qbanklint.core.remote.RemoteSummary;
import io.github.qbanklint.core.remote.RemoteTally;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine tells its listener how the files and the remote links advance. */
class LintProgressTest {
  @TempDir Path workspace;

  /** Checks the same two loopback URLs whatever the documents hold. */
  private record TwoLinks(List<String> urls) implements Rule {
    @Override
    public RuleMeta meta() {
      return RuleMeta.builder("two-links")
          .family("test")
          .summary("x")
          .severity(Severity.ERROR)
          .build();
    }

    @Override
    public void checkWorkspace(WorkspaceContext context) {
      context.remoteLinks().check(urls);
    }
  }

  /** Records every event. */
  private static final class Recorder implements LintProgress {
    final List<String> files = new CopyOnWriteArrayList<>();
    final List<RemoteTally> remote = new CopyOnWriteArrayList<>();

    @Override
    public void files(int done, int total) {
      files.add(done + "/" + total);
    }

    @Override
    public void remoteLinks(RemoteTally tally) {
      remote.add(tally);
    }
  }

  @Test
  void everyFileAndEveryRemoteUrlIsCounted() throws Exception {
    for (int i = 0; i < 5; i++) {
      Files.writeString(workspace.resolve("bank" + i + ".md"), "# Bank\n");
    }
    Recorder recorder = new Recorder();
    try (LoopbackServer server =
        new LoopbackServer((path, earlier) -> LoopbackServer.Reply.status(200))) {
      Config config =
          ConfigLoader.parse(
              workspace.resolve(".qbank-lint.yml"),
              "links: {remote: true, allowPrivate: true, cacheFile: ''}\n");
      Rule rule = new TwoLinks(List.of(server.url("/a"), server.url("/b")));

      LintResult result =
          new LintEngine(new RuleRegistry(List.of(rule)))
              .withProgress(recorder)
              .run(new LintRequest(List.of(workspace), workspace, config, 2));

      assertThat(recorder.files.get(0)).isEqualTo("0/5");
      assertThat(recorder.files).hasSize(6).contains("5/5");
      assertThat(recorder.remote).last().isEqualTo(new RemoteTally(2, 2, 0, 0, 0));
      assertThat(result.remote()).contains(new RemoteSummary(2, 2, 0, 0, 0, 0, 0, 0));
    }
  }

  @Test
  void withoutRemoteChecksThereIsNoRemoteSummary() throws Exception {
    Files.writeString(workspace.resolve("bank.md"), "# Bank\n");

    LintResult result =
        new LintEngine(new RuleRegistry(List.of()))
            .run(new LintRequest(List.of(workspace), workspace, Config.defaults(), 1));

    assertThat(result.remote()).isEmpty();
  }
}
