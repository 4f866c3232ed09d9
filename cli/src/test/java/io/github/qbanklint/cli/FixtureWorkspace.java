package io.github.qbanklint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A git repository holding the example bank where the docs' commands expect a bank: {@code
 * examples/interview-bank/}, and {@code interview-bank/} and {@code content/} as a user's
 * repository would, committed, with {@code origin/main} at that commit.
 */
final class FixtureWorkspace {
  private FixtureWorkspace() {}

  static Map<String, String> gitIdentity() {
    return Map.of(
        "GIT_AUTHOR_NAME", "Docs Test",
        "GIT_AUTHOR_EMAIL", "docs@example.invalid",
        "GIT_COMMITTER_NAME", "Docs Test",
        "GIT_COMMITTER_EMAIL", "docs@example.invalid",
        "GIT_CONFIG_NOSYSTEM", "1");
  }

  static void create(Path workspace, Path examples) throws IOException, InterruptedException {
    copyTree(examples, workspace.resolve("examples"));
    copyTree(examples.resolve("interview-bank"), workspace.resolve("interview-bank"));
    copyTree(examples.resolve("interview-bank"), workspace.resolve("content"));
    git(workspace, "init", "-q", "-b", "main");
    git(workspace, "add", "-A");
    git(workspace, "commit", "-q", "-m", "bank");
    git(workspace, "update-ref", "refs/remotes/origin/main", "HEAD");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static void git(Path workspace, String... args) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(Stream.concat(Stream.of("git"), Stream.of(args)).toList())
            .directory(workspace.toFile())
            .redirectErrorStream(true);
    builder.environment().putAll(gitIdentity());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("git " + List.of(args) + " failed: " + output);
    }
  }
}
