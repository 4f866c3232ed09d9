package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --staged} of the packaged jar, in a real repository. */
class StagedCheckIT {
  @TempDir Path repo;
  private TestRepository repository;

  @BeforeEach
  void commitTwoLinkedFiles() throws Exception {
    repository = TestRepository.init(repo);
    write("guide.md", "# Guide\n\n## Intro\n\nText.\n");
    write("index.md", "# Index\n\nRead [the intro](guide.md#intro).\n");
    repository.git("add", ".");
    repository.git("commit", "-q", "-m", "linked files");
  }

  @Test
  void checkStagedReportsTheLinkThatAStagedRenameBreaksInAFileNotStaged() throws Exception {
    repository.git("mv", "guide.md", "handbook.md");

    CliRunner.Result r = CliRunner.run(repo, "check", "--staged", ".");

    assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isEqualTo(1);
    assertThat(r.stdout()).contains("index.md:3").contains("'guide.md' does not exist");
  }

  @Test
  void checkStagedPassesWhenTheRenameIsFollowedByTheLink() throws Exception {
    repository.git("mv", "guide.md", "handbook.md");
    write("index.md", "# Index\n\nRead [the intro](handbook.md#intro).\n");
    repository.git("add", "index.md");

    CliRunner.Result r = CliRunner.run(repo, "check", "--staged", ".");

    assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isZero();
  }

  private void write(String path, String text) throws Exception {
    Files.writeString(repo.resolve(path), text, StandardCharsets.UTF_8);
  }
}
