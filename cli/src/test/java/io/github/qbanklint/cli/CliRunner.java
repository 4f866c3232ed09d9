package io.github.qbanklint.cli;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code qbank-lint.jar} as a user would, in a separate JVM. */
final class CliRunner {
  static final Path JAR = Path.of("target", "qbank-lint.jar").toAbsolutePath();
  static final Path EXAMPLE_BANK =
      Path.of("..", "examples", "interview-bank", "README.md").toAbsolutePath().normalize();

  private static final Path CACHE_HOME = Path.of("target", "cli-runner-cache").toAbsolutePath();

  record Result(int exitCode, String stdout, String stderr) {
    Result withStdout(String text) {
      return new Result(exitCode, text, stderr);
    }
  }

  private CliRunner() {}

  static Result run(Path workingDirectory, String... args)
      throws IOException, InterruptedException {
    return runWithJvmFlags(workingDirectory, List.of(), args);
  }

  /** Runs the jar with JVM flags before {@code -jar} (a small heap, for instance). */
  static Result runWithJvmFlags(Path workingDirectory, List<String> jvmFlags, String... args)
      throws IOException, InterruptedException {
    return runCapturing(workingDirectory, jvmFlags, Map.of(), args);
  }

  /** Runs the jar with extra environment variables (a secret that must never be printed). */
  static Result runWithEnvironment(Path workingDirectory, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    return runCapturing(workingDirectory, List.of(), env, args);
  }

  private static Result runCapturing(
      Path workingDirectory, List<String> jvmFlags, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("qbank-lint-out", ".txt");
    try {
      return run(workingDirectory, jvmFlags, env, Redirect.to(out.toFile()), args)
          .withStdout(Files.readString(out, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /**
   * Runs the jar with its standard output sent to {@code stdout}: a file such as {@code /dev/full},
   * or {@link Redirect#PIPE} for a pipe whose reading end is closed at once. The result has no
   * standard output.
   */
  static Result runWithStdout(Path workingDirectory, Redirect stdout, String... args)
      throws IOException, InterruptedException {
    return run(workingDirectory, List.of(), Map.of(), stdout, args);
  }

  private static Result run(
      Path workingDirectory,
      List<String> jvmFlags,
      Map<String, String> env,
      Redirect stdout,
      String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(javaBinary()));
    command.addAll(jvmFlags);
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path err = Files.createTempFile("qbank-lint-err", ".txt");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workingDirectory.toFile())
              .redirectOutput(stdout)
              .redirectError(err.toFile());
      // A cache home of the test run's own, so that no test reads or fills the user's cache.
      builder.environment().put("XDG_CACHE_HOME", CACHE_HOME.toString());
      builder.environment().putAll(env);
      Process process = builder.start();
      if (stdout == Redirect.PIPE) {
        process.getInputStream().close();
      }
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("qbank-lint did not finish in 120 s: " + command);
      }
      return new Result(process.exitValue(), "", Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(err);
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
