package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The linted tree comes from a pull request: the run reads nothing outside it, opens no special
 * file, and no failure to read or to write its output goes unsaid.
 */
class UntrustedTreeIT {
  private static final String BANK = "# Bank\n\n## 问题1：What is a symlink?\n\nA link.\n";

  @TempDir Path dir;
  private Path bank;

  @BeforeEach
  void bankInTheWorkspace() throws Exception {
    bank = Files.createDirectories(dir.resolve("bank"));
    Files.writeString(bank.resolve("README.md"), BANK, StandardCharsets.UTF_8);
  }

  private static String[] lines(String text) {
    return text.strip().split("\\R");
  }

  @Test
  void aSymlinkToProcSelfEnvironNeverPrintsTheEnvironment() throws Exception {
    assumeTrue(Files.isRegularFile(Path.of("/proc/self/environ")), "/proc exists (Linux)");
    Files.createSymbolicLink(bank.resolve("env.md"), Path.of("/proc/self/environ"));

    CliRunner.Result r = CliRunner.run(dir, "check", "bank");

    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout())
        .contains("bank/env.md:1:1  info  outside-workspace  symbolic link points outside")
        .doesNotContain("PATH=");
  }

  @Test
  void aDirectorySymlinkOutOfTheWorkspaceIsNotFollowed() throws Exception {
    Path outside = Files.createDirectories(dir.getParent().resolve(dir.getFileName() + "-out"));
    Files.writeString(outside.resolve("leak.md"), "# Leak\n\nTOKEN=s3cr3t [x](nowhere.md)\n");
    Files.createSymbolicLink(bank.resolve("shared"), outside);
    try {
      CliRunner.Result r = CliRunner.run(dir, "check", "bank", "--fail-on", "info");

      assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
      assertThat(r.stdout())
          .contains("bank/shared:1:1  info  outside-workspace")
          .doesNotContain("s3cr3t", "leak.md", "nowhere.md");
    } finally {
      Files.delete(outside.resolve("leak.md"));
      Files.delete(outside);
    }
  }

  @Test
  void aFifoOrProcFileNamedOnTheCommandLineIsAOneLineInputErrorAndNeverOpened() throws Exception {
    Path fifo = bank.resolve("pipe.md");
    assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
        "mkfifo is available");

    CliRunner.Result pipe = CliRunner.run(dir, "check", "bank/pipe.md");
    CliRunner.Result walked = CliRunner.run(dir, "check", "bank");

    assertThat(pipe.exitCode()).isEqualTo(2);
    assertThat(lines(pipe.stderr()))
        .containsExactly(
            "qbank-lint: bank/pipe.md: not a regular file (a pipe, socket or device): not read;"
                + " exclude it in .qbank-lint.yml");
    assertThat(walked.exitCode()).as(walked.stderr()).isZero();
    assertThat(walked.stderr()).isEmpty();
  }

  @Test
  void anUnreadableDirectoryExitsTwoNamingIt() throws Exception {
    Path locked = Files.createDirectories(bank.resolve("locked"));
    Files.writeString(locked.resolve("hidden.md"), "# Hidden\n\n[x](missing.md)\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      CliRunner.Result r = CliRunner.run(dir, "check", "bank");

      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(lines(r.stderr()))
          .containsExactly(
              "qbank-lint: bank/locked: cannot read directory: permission denied; give it read and"
                  + " execute permission, or exclude it in .qbank-lint.yml");
      assertThat(r.stdout()).contains("1 file checked");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void jobsAboveFourPerProcessorAreLoweredWithANote() throws Exception {
    CliRunner.Result r = CliRunner.run(dir, "check", "bank", "--jobs", "100000");

    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(lines(r.stderr()))
        .singleElement()
        .asString()
        .matches(
            "qbank-lint: note: --jobs 100000 lowered to \\d+ \\(4 per processor; more only slow"
                + " the run down\\)");
  }

  @Test
  void aFullStandardOutputEndsWithOneLineAndExitTwo() throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "/dev/full exists (Linux)");

    CliRunner.Result r = CliRunner.runWithStdout(dir, Redirect.to(full), "check", "bank");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(lines(r.stderr()))
        .singleElement()
        .asString()
        .startsWith("qbank-lint: cannot write to standard output");
  }

  @Test
  void aClosedPipeOnStandardOutputEndsWithOneLineAndExitTwo() throws Exception {
    CliRunner.Result r = CliRunner.runWithStdout(dir, Redirect.PIPE, "check", "bank");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(lines(r.stderr()))
        .singleElement()
        .asString()
        .startsWith("qbank-lint: cannot write to standard output");
  }

  @Test
  void outputOptionsRefuseToOverwriteALintedFile() throws Exception {
    Files.writeString(bank.resolve("qbank-lint.md"), BANK, StandardCharsets.UTF_8);

    CliRunner.Result file = CliRunner.run(dir, "check", "bank", "--output", "bank/README.md");
    CliRunner.Result directory =
        CliRunner.run(dir, "check", "bank", "--format", "markdown", "--output-dir", "bank");
    CliRunner.Result report = CliRunner.run(dir, "report", "bank", "--output", "bank/README.md");
    CliRunner.Result elsewhere = CliRunner.run(dir, "check", "bank", "--output", "out.txt");

    assertThat(file.exitCode()).isEqualTo(2);
    assertThat(lines(file.stderr()))
        .containsExactly(
            "qbank-lint: --output would overwrite bank/README.md, one of the files this run lints:"
                + " write the report elsewhere");
    assertThat(directory.exitCode()).isEqualTo(2);
    assertThat(lines(directory.stderr()))
        .singleElement()
        .asString()
        .startsWith("qbank-lint: --output-dir would overwrite bank/qbank-lint.md,");
    assertThat(report.exitCode()).isEqualTo(2);
    assertThat(report.stderr()).contains("--output would overwrite bank/README.md");
    assertThat(Files.readString(bank.resolve("README.md"))).isEqualTo(BANK);
    assertThat(Files.readString(bank.resolve("qbank-lint.md"))).isEqualTo(BANK);
    assertThat(elsewhere.exitCode()).as(elsewhere.stderr()).isZero();
    assertThat(dir.resolve("out.txt")).content().contains("2 files checked");
  }

  @Test
  void aUtf16FileIsNamedAsSuchNotCalledBinary() throws Exception {
    Files.write(bank.resolve("notepad.md"), ("\uFEFF" + BANK).getBytes(StandardCharsets.UTF_16LE));

    CliRunner.Result r = CliRunner.run(dir, "check", "bank");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stdout())
        .contains("bank/notepad.md:1:1  error  file-encoding  UTF-16LE (byte-order mark)")
        .doesNotContain("binary");
  }
}
