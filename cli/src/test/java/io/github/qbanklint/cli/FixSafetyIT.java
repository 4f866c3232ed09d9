package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code qbank-lint fix} on an untrusted repository, through the packaged jar: it writes only files
 * inside the workspace that it may replace without losing anything, names each file it refuses with
 * the reason, fixes the others, counts truthfully and exits 2 after a refusal.
 */
class FixSafetyIT {
  /** One broken-emphasis finding, which fix repairs. */
  private static final String FIXABLE = "## 面试题\n\n### 问题1：什么是召回？\n\n**召回：**从全量物品中选出候选集。\n";

  private static final String FIXED = "## 面试题\n\n### 问题1：什么是召回？\n\n**召回**：从全量物品中选出候选集。\n";

  @TempDir Path dir;
  Path workspace;

  @BeforeEach
  void layout() throws IOException {
    workspace = Files.createDirectory(dir.resolve("workspace"));
  }

  private Path bank(Path path, String text) throws IOException {
    Files.createDirectories(path.getParent());
    return Files.writeString(path, text, StandardCharsets.UTF_8);
  }

  private static void setMode(Path path, String mode) throws IOException {
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
  }

  private static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  private static List<String> lines(String text) {
    return text.lines().toList();
  }

  private static String lastLine(String text) {
    List<String> lines = lines(text);
    return lines.get(lines.size() - 1);
  }

  @Test
  void eachRefusedFileIsNamedWithItsReasonTheOthersAreFixedAndTheExitIsTwo() throws Exception {
    Path good = bank(workspace.resolve("good.md"), FIXABLE);
    Path readOnly = bank(workspace.resolve("read-only.md"), FIXABLE);
    setMode(readOnly, "r--r--r--");
    Path linked = bank(workspace.resolve("linked.md"), FIXABLE);
    Files.createLink(workspace.resolve("linked-copy.txt"), linked);
    Path locked = workspace.resolve("locked");
    Path inLocked = bank(locked.resolve("a.md"), FIXABLE);
    setMode(locked, "r-xr-xr-x");
    try {
      CliRunner.Result r = CliRunner.run(workspace, "fix", ".");

      assertThat(r.exitCode()).as(r.stderr()).isEqualTo(ExitCodes.USAGE);
      assertThat(lines(r.stderr()))
          .containsExactly(
              "good.md: fixed 1 problem",
              "qbank-lint: linked.md: not written: it has 2 hard links, and the rewrite would split"
                  + " them (the other names would keep the old text); edit it by hand, or give it"
                  + " a copy of its own and run fix again",
              "qbank-lint: locked/a.md: not written: its directory "
                  + locked.toRealPath()
                  + " is read-only (mode r-xr-xr-x); make it writable (chmod u+w) to fix it",
              "qbank-lint: read-only.md: not written: it is read-only (mode r--r--r--); make it"
                  + " writable (chmod u+w) to fix it",
              "fixed 1 problem in 1 file; refused 3 files; 3 findings left (see 'qbank-lint"
                  + " check')");
      assertThat(Files.readString(good)).isEqualTo(FIXED);
      assertThat(List.of(readOnly, linked, inLocked))
          .allSatisfy(p -> assertThat(Files.readString(p)).isEqualTo(FIXABLE));
      assertThat(mode(readOnly)).isEqualTo("r--r--r--");
      try (Stream<Path> left = Files.list(locked)) {
        assertThat(left).containsExactly(inLocked);
      }
    } finally {
      setMode(locked, "rwxr-xr-x");
    }
  }

  @Test
  void aSymlinkOutOfTheWorkspaceIsNeverWrittenAndADryRunSaysSo() throws Exception {
    Path secret = bank(dir.resolve("outside").resolve("secret.md"), FIXABLE);
    Path link = Files.createSymbolicLink(workspace.resolve("notes.md"), secret);
    String refusal =
        "notes.md: %s: symbolic link points outside the workspace (→ "
            + secret.toRealPath()
            + "); not checked: lint the target in a run of its own, or remove the link";

    CliRunner.Result dryRun = CliRunner.run(workspace, "fix", "--dry-run", ".");
    assertThat(dryRun.exitCode()).as(dryRun.stderr()).isEqualTo(ExitCodes.USAGE);
    assertThat(dryRun.stdout()).isEmpty();
    assertThat(lines(dryRun.stderr()))
        .containsExactly(
            "qbank-lint: " + refusal.formatted("would not be written"),
            "would fix 0 problems in 0 files; would refuse 1 file; 0 findings would be left");

    CliRunner.Result run = CliRunner.run(workspace, "fix", ".");
    assertThat(run.exitCode()).as(run.stderr()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.stderr()).contains("qbank-lint: " + refusal.formatted("not written"));
    assertThat(lastLine(run.stderr()))
        .isEqualTo("fixed 0 problems in 0 files; refused 1 file; 0 findings left");
    assertThat(Files.readString(secret)).isEqualTo(FIXABLE);
    assertThat(Files.readSymbolicLink(link)).isEqualTo(secret);
  }

  @Test
  void throughASymlinkInTheWorkspaceTheTargetIsFixedAndTheLinkKept() throws Exception {
    Path target = bank(workspace.resolve("banks").resolve("ml.md"), FIXABLE);
    Path link = Files.createSymbolicLink(workspace.resolve("README.md"), Path.of("banks", "ml.md"));

    CliRunner.Result r = CliRunner.run(workspace, "fix", "README.md");

    assertThat(r.exitCode()).as(r.stderr()).isEqualTo(ExitCodes.CLEAN);
    assertThat(lastLine(r.stderr())).isEqualTo("fixed 1 problem in 1 file; 0 findings left");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("banks", "ml.md"));
    assertThat(Files.readString(target)).isEqualTo(FIXED);
  }

  @Test
  void keepsOwnerGroupModeBomAndLineEndings() throws Exception {
    Path file = bank(workspace.resolve("bank.md"), "\uFEFF" + FIXABLE.replace("\n", "\r\n"));
    if ((Integer) Files.getAttribute(file, "unix:uid") == 0) {
      Files.setAttribute(file, "unix:uid", 1);
      Files.setAttribute(file, "unix:gid", 1);
    }
    Object owner = Files.getAttribute(file, "unix:uid");
    Object group = Files.getAttribute(file, "unix:gid");
    setMode(file, "rw-r-----");

    CliRunner.Result r = CliRunner.run(workspace, "fix", "bank.md");

    assertThat(r.exitCode()).as(r.stderr()).isEqualTo(ExitCodes.CLEAN);
    assertThat(Files.readString(file)).isEqualTo("\uFEFF" + FIXED.replace("\n", "\r\n"));
    assertThat(Files.getAttribute(file, "unix:uid")).isEqualTo(owner);
    assertThat(Files.getAttribute(file, "unix:gid")).isEqualTo(group);
    assertThat(mode(file)).isEqualTo("rw-r-----");
  }

  @Test
  void findingsLeftWithNothingRefusedExitOneAndADryRunCountsWhatItWouldDo() throws Exception {
    Path file = bank(workspace.resolve("bank.md"), FIXABLE + "\n### 问题2：什么是排序？\n");

    CliRunner.Result dryRun = CliRunner.run(workspace, "fix", "--dry-run", "bank.md");
    assertThat(dryRun.exitCode()).as(dryRun.stderr()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(dryRun.stdout()).contains("+**召回**：从全量物品中选出候选集。");
    assertThat(lastLine(dryRun.stderr()))
        .isEqualTo(
            "would fix 1 problem in 1 file; 1 finding would be left (see 'qbank-lint check')");

    CliRunner.Result run = CliRunner.run(workspace, "fix", "bank.md");
    assertThat(run.exitCode()).as(run.stderr()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(lastLine(run.stderr()))
        .isEqualTo("fixed 1 problem in 1 file; 1 finding left (see 'qbank-lint check')");
    assertThat(Files.readString(file)).startsWith(FIXED);
    assertThat(CliRunner.run(workspace, "fix", "--fail-on", "none", "bank.md").exitCode())
        .isEqualTo(ExitCodes.CLEAN);
  }
}
