package io.github.qbanklint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code qbank-lint.jar} as a user would, in a separate JVM. */
final class CliRunner {
  static final Path JAR = Path.of("target", "qbank-lint.jar").toAbsolutePath();
  static final Path EXAMPLE_BANK =
      Path.of("..", "examples", "interview-bank", "README.md").toAbsolutePath().normalize();

  record Result(int exitCode, String stdout, String stderr) {}

  private CliRunner() {}

  static Result run(Path workingDirectory, String... args)
      throws IOException, InterruptedException {
    return runWithJvmFlags(workingDirectory, List.of(), args);
  }

  /** Runs the jar with JVM flags before {@code -jar} (a small heap, for instance). */
  static Result runWithJvmFlags(Path workingDirectory, List<String> jvmFlags, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(javaBinary()));
    command.addAll(jvmFlags);
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("qbank-lint-out", ".txt");
    Path err = Files.createTempFile("qbank-lint-err", ".txt");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(workingDirectory.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("qbank-lint did not finish in 120 s: " + command);
      }
      return new Result(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
