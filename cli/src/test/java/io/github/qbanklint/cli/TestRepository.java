package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A throwaway git repository for tests, independent of the user's git configuration. */
final class TestRepository {
  /** The outcome of one git command: its exit code and its output, both streams merged. */
  record Result(int exitCode, String output) {}

  private final Path directory;

  private TestRepository(Path directory) {
    this.directory = directory;
  }

  /** Initialises a repository on branch {@code main} in {@code directory}. */
  static TestRepository init(Path directory) throws Exception {
    TestRepository repository = new TestRepository(directory);
    repository.git("init", "-q", "-b", "main");
    repository.git("config", "user.name", "Test");
    repository.git("config", "user.email", "test@example.invalid");
    repository.git("config", "commit.gpgsign", "false");
    return repository;
  }

  /** Runs git and fails the test unless it succeeds; returns its stripped output. */
  String git(String... args) throws Exception {
    Result result = gitResult(args);
    assertThat(result.exitCode())
        .as("git %s: %s", String.join(" ", args), result.output())
        .isZero();
    return result.output().strip();
  }

  /** Runs git without the {@code GIT_*} variables of a surrounding hook. */
  Result gitResult(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
    builder.environment().keySet().removeIf(k -> k.startsWith("GIT_"));
    Path out = Files.createTempFile("git", ".out");
    try {
      builder.redirectOutput(out.toFile());
      Process process = builder.start();
      assertThat(process.waitFor(120, TimeUnit.SECONDS))
          .as("git %s finished", String.join(" ", args))
          .isTrue();
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
