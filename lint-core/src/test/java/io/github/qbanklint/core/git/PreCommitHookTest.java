package io.github.qbanklint.core.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreCommitHookTest {
  private static final String FOREIGN =
      "#!/bin/sh\necho foreign > \"$(git rev-parse --show-toplevel)/ran-foreign\"\n";

  @TempDir Path repo;
  private GitRepository repository;
  private Path hook;

  @BeforeEach
  void initRepository() {
    TestGit.init(repo);
    repository = GitRepository.discover(repo);
    hook = repo.resolve(".git/hooks/pre-commit");
  }

  @Test
  void writesAnExecutableHookThatRunsCheckStaged() throws IOException {
    var installed = PreCommitHook.install(repository, "qbank-lint", PreCommitHook.Mode.REFUSE);

    assertThat(installed.hook()).isEqualTo(hook);
    assertThat(Files.isExecutable(hook)).isTrue();
    assertThat(Files.readString(hook))
        .startsWith("#!/bin/sh\n")
        .contains("exec qbank-lint check --staged\n");
  }

  @Test
  void refusesToReplaceAForeignHook() throws IOException {
    Files.writeString(hook, FOREIGN);

    assertThatThrownBy(
            () -> PreCommitHook.install(repository, "qbank-lint", PreCommitHook.Mode.REFUSE))
        .isInstanceOf(PreCommitHook.ForeignHookException.class)
        .hasMessageContaining("--chain")
        .hasMessageContaining("--force");
    assertThat(Files.readString(hook)).isEqualTo(FOREIGN);
  }

  @Test
  void forceReplacesAForeignHookAndKeepsABackup() throws IOException {
    Files.writeString(hook, FOREIGN);

    var installed = PreCommitHook.install(repository, "qbank-lint", PreCommitHook.Mode.FORCE);

    assertThat(Files.readString(hook)).contains(PreCommitHook.MARKER).doesNotContain("foreign");
    assertThat(installed.backup()).isPresent();
    assertThat(Files.readString(installed.backup().get())).isEqualTo(FOREIGN);
  }

  @Test
  void chainRunsTheForeignHookFirstThenQbankLint() throws Exception {
    Files.writeString(hook, FOREIGN);
    hook.toFile().setExecutable(true);

    PreCommitHook.install(repository, "echo", PreCommitHook.Mode.CHAIN);

    assertThat(runHook()).isEqualTo("check --staged");
    assertThat(repo.resolve("ran-foreign")).exists();
  }

  @Test
  void aFailingChainedHookStopsTheCommit() throws Exception {
    Files.writeString(hook, "#!/bin/sh\nexit 7\n");
    hook.toFile().setExecutable(true);
    PreCommitHook.install(repository, "echo", PreCommitHook.Mode.CHAIN);

    Process p = new ProcessBuilder("sh", hook.toString()).directory(repo.toFile()).start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(7);
    assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void reinstallingUpdatesItsOwnHookAndKeepsTheChain() throws Exception {
    Files.writeString(hook, FOREIGN);
    hook.toFile().setExecutable(true);
    PreCommitHook.install(repository, "old-command", PreCommitHook.Mode.CHAIN);

    var again = PreCommitHook.install(repository, "echo", PreCommitHook.Mode.REFUSE);

    assertThat(again.updated()).isTrue();
    assertThat(again.chained()).isPresent();
    assertThat(Files.readString(hook)).doesNotContain("old-command");
    assertThat(runHook()).isEqualTo("check --staged");
  }

  private String runHook() throws Exception {
    Process p = new ProcessBuilder("sh", hook.toString()).directory(repo.toFile()).start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
  }
}
