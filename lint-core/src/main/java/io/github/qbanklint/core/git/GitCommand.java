package io.github.qbanklint.core.git;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs one {@code git} process in a directory and returns its standard output. Its input is written
 * and both output streams are drained on their own threads, so a large blob cannot block the
 * process, and a process that outlives its timeout is killed. The environment is inherited on
 * purpose: inside a pre-commit hook git sets {@code GIT_INDEX_FILE}, and reading that index is what
 * "staged" means there.
 */
final class GitCommand {
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private final Path directory;
  private final Duration timeout;

  GitCommand(Path directory, Duration timeout) {
    this.directory = directory;
    this.timeout = timeout;
  }

  /** The result of a finished process. */
  record Output(int exitCode, byte[] stdout, String stderr) {
    String text() {
      return new String(stdout, StandardCharsets.UTF_8);
    }
  }

  /** Runs {@code git args…}; a non-zero exit is returned, not thrown. */
  Output run(String... args) {
    return run(new byte[0], args);
  }

  /** Runs {@code git args…} with {@code input} on its standard input. */
  Output run(byte[] input, String... args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    Process process;
    try {
      process = new ProcessBuilder(command).directory(directory.toFile()).start();
    } catch (IOException e) {
      throw new GitException(
          "cannot run git (is it installed and on the PATH?): " + e.getMessage());
    }
    CompletableFuture<byte[]> stdout = drain(process.getInputStream());
    CompletableFuture<byte[]> stderr = drain(process.getErrorStream());
    feed(process.getOutputStream(), input);
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new GitException(
            "git "
                + String.join(" ", args)
                + " did not finish within "
                + timeout.toSeconds()
                + " s");
      }
      return new Output(
          process.exitValue(),
          stdout.get(),
          new String(stderr.get(), StandardCharsets.UTF_8).strip());
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new GitException("interrupted while running git " + String.join(" ", args));
    } catch (ExecutionException e) {
      throw new GitException("cannot read the output of git: " + e.getCause().getMessage());
    }
  }

  /** Runs {@code git args…} and fails with git's own message when it exits non-zero. */
  Output runChecked(String... args) {
    return runChecked(new byte[0], args);
  }

  /** Runs {@code git args…} with {@code input}, failing with git's message on a non-zero exit. */
  Output runChecked(byte[] input, String... args) {
    Output output = run(input, args);
    if (output.exitCode() != 0) {
      throw new GitException(
          "git "
              + String.join(" ", args)
              + " failed"
              + (output.stderr().isEmpty()
                  ? " with exit code " + output.exitCode()
                  : ": " + output.stderr()));
    }
    return output;
  }

  /**
   * Writes the input on its own thread: a git that stops reading cannot block the caller past the
   * timeout, and killing it ends the write.
   */
  private static void feed(OutputStream stdin, byte[] input) {
    if (input.length == 0) {
      close(stdin);
      return;
    }
    daemon(
        () -> {
          try (stdin) {
            stdin.write(input);
          } catch (IOException e) {
            // git exited before reading all its input; its exit code and stderr tell why.
          }
        });
  }

  private static void close(OutputStream stdin) {
    try {
      stdin.close();
    } catch (IOException e) {
      // git already exited; its exit code and stderr tell why.
    }
  }

  private static CompletableFuture<byte[]> drain(InputStream stream) {
    CompletableFuture<byte[]> result = new CompletableFuture<>();
    daemon(
        () -> {
          try (stream) {
            result.complete(stream.readAllBytes());
          } catch (IOException e) {
            result.completeExceptionally(new UncheckedIOException(e));
          }
        });
    return result;
  }

  private static void daemon(Runnable work) {
    Thread thread = new Thread(work, "qbank-lint-git-io");
    thread.setDaemon(true);
    thread.start();
  }
}
