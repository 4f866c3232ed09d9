package io.github.qbanklint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceRootTest {
  @TempDir Path dir;

  @Test
  void theConfigFilesDirectoryWhenItHoldsTheFirstPath() throws IOException {
    Path bank = Files.createDirectories(dir.resolve("repo/banks/zh"));
    Files.createDirectories(dir.resolve("repo/.git"));
    Path config = Files.writeString(dir.resolve("repo/banks/.qbank-lint.yml"), "");
    Path cwd = dir.resolve("repo");

    Path root = WorkspaceRoot.of(ConfigLoader.load(config), List.of(bank), cwd);

    assertThat(root).isEqualTo(dir.resolve("repo/banks"));
  }

  @Test
  void theGitWorkTreeOfTheFirstPathWithoutAConfig() throws IOException {
    Path bank = Files.createDirectories(dir.resolve("repo/docs/bank"));
    Files.writeString(dir.resolve("repo/.git"), "gitdir: ../elsewhere\n");

    Path root = WorkspaceRoot.of(Config.defaults(), List.of(bank), bank);

    assertThat(root).isEqualTo(dir.resolve("repo"));
  }

  @Test
  void aNamedConfigOutsideTheBankDoesNotMoveTheRootToIt() throws IOException {
    Path bank = Files.createDirectories(dir.resolve("repo/bank"));
    Files.createDirectories(dir.resolve("repo/.git"));
    Path config =
        Files.writeString(Files.createDirectories(dir.resolve("configs")).resolve("q.yml"), "");

    Path root = WorkspaceRoot.of(ConfigLoader.load(config), List.of(bank), bank);

    assertThat(root).isEqualTo(dir.resolve("repo"));
  }

  @Test
  void theCurrentDirectoryOutsideGitWithoutAConfig() throws IOException {
    Path file = Files.writeString(Files.createDirectories(dir.resolve("a/b")).resolve("x.md"), "");

    assertThat(WorkspaceRoot.of(Config.defaults(), List.of(file), dir.resolve("a")))
        .isEqualTo(dir.resolve("a"));
  }

  @Test
  void pathsOutsideTheCurrentDirectoryShareTheirCommonParent() throws IOException {
    Path one = Files.createDirectories(dir.resolve("banks/one"));
    Path two = Files.createDirectories(dir.resolve("banks/two"));
    Path cwd = Files.createDirectories(dir.resolve("home"));

    assertThat(WorkspaceRoot.of(Config.defaults(), List.of(one, two), cwd))
        .isEqualTo(dir.resolve("banks"));
  }
}
