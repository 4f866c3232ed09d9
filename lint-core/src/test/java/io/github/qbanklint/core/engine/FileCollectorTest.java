package io.github.qbanklint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.qbanklint.core.api.UnreadableInput;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.document.LoadProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk stays in the workspace root, opens no special file and says what it could not read. */
class FileCollectorTest {
  @TempDir Path dir;
  private Path root;
  private Path outside;
  private final List<Path> locked = new ArrayList<>();

  @BeforeEach
  void workspaceAndAPlaceOutsideIt() throws IOException {
    root = Files.createDirectories(dir.resolve("repo"));
    outside = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(outside.resolve("secret.md"), "# secret\n");
    Files.writeString(root.resolve("bank.md"), "# bank\n");
  }

  /** Gives back the permissions a test took away, so that the temporary directory can go. */
  @AfterEach
  void restorePermissions() throws IOException {
    for (Path directory : locked) {
      Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private Path lock(Path directory) throws IOException {
    locked.add(directory);
    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("---------"));
    return directory;
  }

  private FileCollector.Selection select(Path... inputs) {
    return new FileCollector(root, Config.defaults()).select(List.of(inputs));
  }

  private static List<String> paths(FileCollector.Selection selection) {
    return selection.files().stream().map(SourceFile::relativePath).toList();
  }

  @Test
  void aSymlinkToAFileOutsideTheWorkspaceIsNotReadButReportedAtTheLink() throws IOException {
    Files.createSymbolicLink(root.resolve("secret.md"), outside.resolve("secret.md"));

    FileCollector.Selection selection = select(root);

    assertThat(paths(selection)).containsExactly("bank.md");
    assertThat(selection.outsideWorkspace()).singleElement().satisfies(this::isOutsideNote);
    assertThat(selection.outsideWorkspace().get(0).path()).isEqualTo("secret.md");
    assertThat(selection.problems()).isEmpty();
  }

  @Test
  void aSymlinkToADirectoryOutsideTheWorkspaceIsNotFollowed() throws IOException {
    Files.createSymbolicLink(root.resolve("etc"), outside);

    FileCollector.Selection selection = select(root);

    assertThat(paths(selection)).containsExactly("bank.md");
    assertThat(selection.outsideWorkspace())
        .extracting(UnreadableInput::path)
        .containsExactly("etc");
    assertThat(selection.outsideWorkspace().get(0).problem().message())
        .contains("→ " + outside.toRealPath(), "not checked");
  }

  @Test
  void aSymlinkOutsideTheWorkspaceNamedOnTheCommandLineIsNotRead() throws IOException {
    Path link = Files.createSymbolicLink(root.resolve("named.md"), outside.resolve("secret.md"));
    Path throughDirectory = Files.createSymbolicLink(root.resolve("shared"), outside);

    FileCollector.Selection selection = select(link, throughDirectory.resolve("secret.md"));

    assertThat(selection.files()).isEmpty();
    assertThat(selection.outsideWorkspace())
        .extracting(UnreadableInput::path)
        .containsExactly("named.md", "shared/secret.md");
  }

  @Test
  void aRealPathOutsideTheRootNamedOnTheCommandLineIsLinted() {
    FileCollector.Selection selection = select(outside.resolve("secret.md"));

    assertThat(selection.files()).extracting(SourceFile::file).hasSize(1);
    assertThat(selection.outsideWorkspace()).isEmpty();
  }

  @Test
  void aFileReachedTwiceThroughAnInWorkspaceLinkIsLintedOnceUnderItsOwnPath() throws IOException {
    Path docs = Files.createDirectories(root.resolve("docs"));
    Files.writeString(docs.resolve("guide.md"), "# guide\n");
    Files.createSymbolicLink(root.resolve("alias"), docs);
    Files.createSymbolicLink(root.resolve("also.md"), docs.resolve("guide.md"));

    FileCollector.Selection selection = select(root);

    assertThat(paths(selection)).containsExactly("bank.md", "docs/guide.md");
    assertThat(selection.outsideWorkspace()).isEmpty();
    assertThat(selection.files().get(1).file()).isEqualTo(docs.resolve("guide.md").toRealPath());
  }

  @Test
  void anInWorkspaceLinkOutOfTheWalkedDirectoryIsFollowed() throws IOException {
    Path shared = Files.createDirectories(root.resolve("shared"));
    Files.writeString(shared.resolve("common.md"), "# common\n");
    Path bank = Files.createDirectories(root.resolve("bank"));
    Files.createSymbolicLink(bank.resolve("common"), shared);

    assertThat(paths(select(bank))).containsExactly("bank/common/common.md");
  }

  @Test
  void aLinkToAnAncestorDirectoryEndsTheWalk() throws IOException {
    Path sub = Files.createDirectories(root.resolve("a/b"));
    Files.createSymbolicLink(sub.resolve("up"), root);

    FileCollector.Selection selection =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> select(root));

    assertThat(paths(selection)).containsExactly("bank.md");
    assertThat(selection.problems()).isEmpty();
  }

  @Test
  void aSymlinkLoopIsNamedALoop() throws IOException {
    Files.createSymbolicLink(root.resolve("a.md"), root.resolve("b.md"));
    Files.createSymbolicLink(root.resolve("b.md"), root.resolve("a.md"));

    FileCollector.Selection selection = select(root);

    assertThat(selection.problems())
        .containsExactly(
            "a.md: symlink loop at a.md; fix or remove the link",
            "b.md: symlink loop at b.md; fix or remove the link");
    assertThat(String.join("\n", selection.problems()))
        .doesNotContain("broken", "no such file", "does not exist");
  }

  @Test
  void aPathThroughASymlinkLoopNamedOnTheCommandLineIsNamedALoop() throws IOException {
    Files.createSymbolicLink(root.resolve("loop"), root.resolve("loop"));

    assertThatThrownBy(() -> select(root.resolve("loop/x.md")))
        .isInstanceOf(InputException.class)
        .hasMessage("cannot reach loop/x.md: symlink loop at loop");
  }

  @Test
  void anUnreadableDirectoryIsAnInputErrorThatNamesIt() throws IOException {
    Path locked = Files.createDirectories(root.resolve("sub/locked"));
    Files.writeString(locked.resolve("hidden.md"), "# hidden\n");
    lock(locked);

    FileCollector.Selection selection = select(root);

    assertThat(paths(selection)).containsExactly("bank.md");
    assertThat(selection.problems())
        .singleElement()
        .asString()
        .startsWith("sub/locked: cannot read directory: permission denied;")
        .doesNotContain("no such file");
    assertThatThrownBy(() -> new FileCollector(root, Config.defaults()).collect(List.of(root)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("sub/locked: cannot read directory: permission denied");
  }

  @Test
  void aPathBehindADirectoryWithoutSearchPermissionIsPermissionDeniedNotMissing()
      throws IOException {
    Path locked = Files.createDirectories(root.resolve("locked"));
    Files.writeString(locked.resolve("x.md"), "# x\n");
    lock(locked);
    assumeTrue(!Files.isReadable(locked), "root passes through any directory");

    assertThatThrownBy(() -> select(locked.resolve("x.md")))
        .isInstanceOf(InputException.class)
        .hasMessage("cannot reach locked/x.md: permission denied on a directory above it");
  }

  @Test
  void specialFilesInAWalkAreSkippedAndNamedOnesAreInputErrors() throws Exception {
    Path fifo = root.resolve("pipe.md");
    assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
        "mkfifo is available");

    FileCollector.Selection walked =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> select(root));
    FileCollector.Selection named =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> select(fifo));

    assertThat(paths(walked)).containsExactly("bank.md");
    assertThat(walked.problems()).isEmpty();
    assertThat(named.files()).isEmpty();
    assertThat(named.problems())
        .containsExactly(
            "pipe.md: not a regular file (a pipe, socket or device): not read; exclude it in"
                + " .qbank-lint.yml");
  }

  @Test
  void aProcFileNamedOnTheCommandLineIsNeverOpened() {
    Path environment = Path.of("/proc/self/environ");
    assumeTrue(Files.isRegularFile(environment), "/proc exists (Linux)");

    FileCollector.Selection selection = select(environment);

    assertThat(selection.files()).isEmpty();
    assertThat(selection.problems()).singleElement().asString().contains("environ", "/proc");
  }

  @Test
  void aLinkIntoProcInsideTheWorkspaceIsStillOutsideIt() throws IOException {
    assumeTrue(Files.isRegularFile(Path.of("/proc/self/environ")), "/proc exists (Linux)");
    Files.createSymbolicLink(root.resolve("env.md"), Path.of("/proc/self/environ"));

    FileCollector.Selection selection = select(root);

    assertThat(paths(selection)).containsExactly("bank.md");
    assertThat(selection.outsideWorkspace())
        .extracting(UnreadableInput::path)
        .containsExactly("env.md");
  }

  private void isOutsideNote(UnreadableInput input) {
    assertThat(input.problem().kind()).isEqualTo(LoadProblem.Kind.OUTSIDE_WORKSPACE);
    assertThat(input.problem().message())
        .startsWith("symbolic link points outside the workspace (→ ")
        .contains("not checked");
    assertThat(List.of(input.problem().line(), input.problem().column())).containsExactly(1, 1);
  }
}
