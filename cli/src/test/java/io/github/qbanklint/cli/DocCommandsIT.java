package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.docs.DocCommandRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code qbank-lint} and {@code ./qbank-lint} command in the shell blocks of README.md and
 * docs/**.md runs as pasted, in a git repository holding the example bank (as {@code
 * examples/interview-bank/}, and as {@code interview-bank/} and {@code content/}, the folders the
 * docs name for a user's bank), with the block's other lines as setup. Each must end with 0 or 1
 * (findings), or the exit code its page's marker names; where a page shows a command's output,
 * every line shown must appear in the real output, in order ({@code …} stands for any text). A
 * command that must not run carries a skip marker with its reason; a marker that matches no command
 * fails the test, so markers cannot outlive their commands. The {@code mvn} commands are the Maven
 * plugin's: its {@code docs-commands} invoker test runs them.
 */
class DocCommandsIT {
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  @TempDir Path dir;

  @Test
  void everyCommandInTheDocsRunsAndShowsWhatTheDocsShow() throws Exception {
    DocCommandRunner.Outcome outcome =
        new DocCommandRunner(
                REPOSITORY,
                Set.of("qbank-lint", "./qbank-lint"),
                exit -> exit == 0 || exit == 1,
                "0 or 1",
                DocCommandsIT::prepare,
                dir)
            .run();
    System.out.printf("docs: %d commands run, skipped: %s%n", outcome.ran(), outcome.skipped());
    assertThat(outcome.problems()).as("commands in the docs").isEmpty();
    assertThat(outcome.ran()).as("commands run").isGreaterThan(5);
  }

  /** The example bank in a git repository, and the jar under test as {@code qbank-lint}. */
  private static void prepare(Path workspace, Path home, Map<String, String> env) throws Exception {
    FixtureWorkspace.create(workspace, REPOSITORY.resolve("examples"));
    Path bin = Files.createDirectories(home.resolve("bin"));
    Path launcher = bin.resolve("qbank-lint");
    Files.writeString(
        launcher,
        "#!/bin/sh\nexec '%s' -jar '%s' \"$@\"\n"
            .formatted(Path.of(System.getProperty("java.home"), "bin", "java"), CliRunner.JAR));
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.copy(launcher, workspace.resolve("qbank-lint"));
    env.put("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("HOME", home.toString());
    env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
    env.putAll(FixtureWorkspace.gitIdentity());
  }
}
