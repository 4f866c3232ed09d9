package io.github.qbanklint.core.git;

import java.nio.file.Path;
import java.time.Duration;

/** Sets up throwaway repositories for tests, independent of the user's git configuration. */
final class TestGit {
  private TestGit() {}

  static void init(Path dir) {
    run(dir, "init", "-q", "-b", "main");
    run(dir, "config", "user.name", "Test");
    run(dir, "config", "user.email", "test@example.invalid");
    run(dir, "config", "commit.gpgsign", "false");
  }

  static void commitAll(Path dir) {
    run(dir, "add", "-A");
    run(dir, "commit", "-q", "-m", "commit");
  }

  static void run(Path dir, String... args) {
    new GitCommand(dir, Duration.ofSeconds(30)).runChecked(args);
  }
}
