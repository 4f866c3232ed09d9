package io.github.qbanklint.core.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading the commit from {@code .git} without git: loose refs, packed refs, detached heads, linked
 * worktrees, and a hostile {@code .git} that tries to lead the reader out of it.
 */
class WorkTreeTest {
  private static final String A = "0123456789abcdef0123456789abcdef01234567";
  private static final String B = "89abcdef0123456789abcdef0123456789abcdef";

  @TempDir Path dir;

  @Test
  void aBranchInALooseRef() throws Exception {
    write(".git/HEAD", "ref: refs/heads/main\n");
    write(".git/refs/heads/main", A + "\n");
    Files.createDirectories(dir.resolve("bank/sub"));

    assertThat(WorkTree.containing(dir.resolve("bank/sub")))
        .contains(new WorkTree(dir, Optional.of(A)));
  }

  @Test
  void aBranchInPackedRefsAndADetachedHead() throws Exception {
    write(".git/HEAD", "ref: refs/heads/feature/x\n");
    write(
        ".git/packed-refs",
        "# pack-refs with: peeled fully-peeled sorted\n"
            + B
            + " refs/heads/feature/x\n^"
            + A
            + "\n");
    assertThat(WorkTree.containing(dir).flatMap(WorkTree::commit)).contains(B);

    write(".git/HEAD", A + "\n");
    assertThat(WorkTree.containing(dir).flatMap(WorkTree::commit)).contains(A);
  }

  @Test
  void aLinkedWorktreeReadsItsHeadAndTheCommonRefs() throws Exception {
    write("main/.git/refs/heads/topic", A + "\n");
    write("main/.git/worktrees/wt/HEAD", "ref: refs/heads/topic\n");
    write("main/.git/worktrees/wt/commondir", "../..\n");
    write("wt/.git", "gitdir: " + dir.resolve("main/.git/worktrees/wt") + "\n");

    assertThat(WorkTree.containing(dir.resolve("wt")))
        .contains(new WorkTree(dir.resolve("wt"), Optional.of(A)));
  }

  @Test
  void anUnbornBranchHasNoCommit() throws Exception {
    write(".git/HEAD", "ref: refs/heads/main\n");

    assertThat(WorkTree.containing(dir)).contains(new WorkTree(dir, Optional.empty()));
  }

  @Test
  void nothingLeadsTheReaderOutOfTheGitDirectory() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret"), A + "\n");
    Path repo = Files.createDirectories(dir.resolve("repo"));

    write("repo/.git/HEAD", "ref: refs/heads/../../../outside/secret\n");
    assertThat(WorkTree.containing(repo).flatMap(WorkTree::commit)).isEmpty();

    write("repo/.git/HEAD", "ref: refs/heads/main\n");
    Files.createDirectories(repo.resolve(".git/refs/heads"));
    Files.createSymbolicLink(repo.resolve(".git/refs/heads/main"), outside.resolve("secret"));
    assertThat(WorkTree.containing(repo).flatMap(WorkTree::commit)).isEmpty();

    Files.delete(repo.resolve(".git/refs/heads/main"));
    Files.delete(repo.resolve(".git/refs/heads"));
    Files.createSymbolicLink(repo.resolve(".git/refs/heads"), outside);
    write("repo/.git/HEAD", "ref: refs/heads/secret\n");
    assertThat(WorkTree.containing(repo).flatMap(WorkTree::commit)).isEmpty();

    Files.delete(repo.resolve(".git/HEAD"));
    Files.createSymbolicLink(repo.resolve(".git/HEAD"), outside.resolve("secret"));
    assertThat(WorkTree.containing(repo).flatMap(WorkTree::commit)).isEmpty();
  }

  @Test
  void onlyAnObjectNameIsEverReturned() throws Exception {
    write(".git/HEAD", "ref: refs/heads/main\n");
    write(".git/refs/heads/main", "SECRET=hunter2\n");
    assertThat(WorkTree.containing(dir).flatMap(WorkTree::commit)).isEmpty();

    write(".git/HEAD", "x".repeat(10_000));
    assertThat(WorkTree.containing(dir).flatMap(WorkTree::commit)).isEmpty();
  }

  @Test
  void aSymbolicLinkNamedGitIsNotFollowed() throws Exception {
    write("real/HEAD", A + "\n");
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.createSymbolicLink(repo.resolve(".git"), dir.resolve("real"));

    assertThat(WorkTree.containing(repo)).contains(new WorkTree(repo, Optional.empty()));
  }

  @Test
  void refNamesFollowGitsRules() {
    assertThat(WorkTree.isRefName("refs/heads/feature/x-1.2")).isTrue();
    assertThat(WorkTree.isRefName("refs/heads/../x")).isFalse();
    assertThat(WorkTree.isRefName("refs/heads/.hidden")).isFalse();
    assertThat(WorkTree.isRefName("refs//heads")).isFalse();
    assertThat(WorkTree.isRefName("/etc/passwd")).isFalse();
    assertThat(WorkTree.isRefName("refs/heads/x.lock")).isFalse();
    assertThat(WorkTree.isRefName("refs/heads/a\\b")).isFalse();
  }

  private void write(String path, String text) throws Exception {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
