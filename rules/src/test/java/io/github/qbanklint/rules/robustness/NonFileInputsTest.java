package io.github.qbanklint.rules.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.engine.FileStats;
import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.LintResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that are not plain readable files give a message naming the path and the reason, never a
 * crash or a hang; the readable files beside them are still checked.
 */
class NonFileInputsTest {
  private static final Duration NO_HANG = Duration.ofSeconds(30);

  @TempDir Path dir;

  @Test
  void aDirectoryNamedLikeMarkdownIsWalkedNotRead() throws IOException {
    Path fakeFile = Files.createDirectories(dir.resolve("x.md"));
    Files.writeString(fakeFile.resolve("inner.md"), "# inner\n");
    Files.createDirectories(dir.resolve("empty.md"));

    for (Path input : List.of(dir, fakeFile)) {
      LintResult result = lint(input);
      assertThat(result.inputErrors()).isEmpty();
      assertThat(result.files())
          .extracting(FileStats::path)
          .singleElement()
          .asString()
          .endsWith("inner.md");
    }
    assertThat(lint(dir.resolve("empty.md")).files()).isEmpty();
  }

  @Test
  void aBrokenSymbolicLinkIsReportedAsSuch() throws IOException {
    Files.writeString(dir.resolve("fine.md"), "# fine\n");
    Path link = Files.createSymbolicLink(dir.resolve("dangling.md"), dir.resolve("gone.md"));

    for (Path input : List.of(dir, link)) {
      assertThat(lint(input).inputErrors())
          .singleElement()
          .asString()
          .contains("dangling.md", "broken symbolic link");
    }
    assertThat(lint(dir).files()).extracting(FileStats::path).containsExactly("fine.md");
  }

  @Test
  void aFifoIsSkippedInAWalkAndAnInputErrorWhenNamedAndNeverOpened() throws Exception {
    Path fifo = dir.resolve("pipe.md");
    assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
        "mkfifo is available");
    Files.writeString(dir.resolve("fine.md"), "# fine\n");

    LintResult walked = assertTimeoutPreemptively(NO_HANG, () -> lint(dir));
    LintResult named = assertTimeoutPreemptively(NO_HANG, () -> lint(fifo));

    assertThat(walked.inputErrors()).isEmpty();
    assertThat(walked.files()).extracting(FileStats::path).containsExactly("fine.md");
    assertThat(named.inputErrors())
        .singleElement()
        .asString()
        .contains("pipe.md", "not a regular file");
  }

  @Test
  void aFileWithoutReadPermissionIsReportedWhenNotRunningAsRoot() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.md"), "# secret\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    assumeTrue(!Files.isReadable(secret), "root reads files without read permission");

    assertThat(lint(dir).inputErrors())
        .singleElement()
        .asString()
        .contains("secret.md", "permission denied");
  }

  @Test
  void aProcFileNamedOnTheCommandLineIsAnInputErrorAndNeverOpened() {
    Path memory = Path.of("/proc/self/mem");
    assumeTrue(Files.isRegularFile(memory), "/proc/self/mem exists (Linux)");

    LintResult result = assertTimeoutPreemptively(NO_HANG, () -> lint(memory));

    assertThat(result.inputErrors())
        .singleElement()
        .asString()
        .contains("mem", "a system file under /proc");
    assertThat(result.hasInternalErrors()).isFalse();
  }

  @Test
  void aSymlinkOutOfTheWorkspaceIsAnInfoFindingNotAnInputError() throws IOException {
    Path outside = Files.createTempDirectory("outside-workspace");
    Files.writeString(outside.resolve("secret.md"), "# secret\n\nTOKEN=do-not-print\n");
    Files.writeString(dir.resolve("fine.md"), "# fine\n");
    Files.createSymbolicLink(dir.resolve("secret.md"), outside.resolve("secret.md"));

    LintResult result = lint(dir);

    assertThat(result.inputErrors()).isEmpty();
    assertThat(result.files()).extracting(FileStats::path).containsExactly("fine.md");
    assertThat(result.findings())
        .filteredOn(f -> f.path().equals("secret.md"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("outside-workspace");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message()).contains("outside the workspace", "not checked");
            });
    assertThat(result.findings()).noneMatch(f -> f.message().contains("do-not-print"));
  }

  @Test
  void anUnreadableDirectoryIsAnInputErrorAndTheRestIsStillChecked() throws IOException {
    Files.writeString(dir.resolve("fine.md"), "# fine\n");
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.writeString(locked.resolve("hidden.md"), "# hidden\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      LintResult result = lint(dir);

      assertThat(result.inputErrors())
          .singleElement()
          .asString()
          .startsWith("locked: cannot read directory: permission denied");
      assertThat(result.files()).extracting(FileStats::path).containsExactly("fine.md");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private LintResult lint(Path input) {
    return AllRules.engine().run(new LintRequest(List.of(input), dir, AllRules.config(), 2));
  }
}
