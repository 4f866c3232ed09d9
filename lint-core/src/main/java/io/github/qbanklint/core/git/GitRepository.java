package io.github.qbanklint.core.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The git questions qbank-lint asks: which files are staged or changed since a revision, which
 * differ between the index and the working tree, and what the index holds for a file. Paths are
 * absolute, under {@link #topLevel()} with symbolic links resolved.
 */
public final class GitRepository {
  private final Path topLevel;
  private final GitCommand git;

  private GitRepository(Path topLevel, Duration timeout) {
    this.topLevel = topLevel;
    this.git = new GitCommand(topLevel, timeout);
  }

  /** The repository containing {@code directory}; fails clearly outside one. */
  public static GitRepository discover(Path directory) {
    return discover(directory, GitCommand.DEFAULT_TIMEOUT);
  }

  static GitRepository discover(Path directory, Duration timeout) {
    Path dir = directory.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new GitException("not a directory: " + dir);
    }
    GitCommand.Output out = new GitCommand(dir, timeout).run("rev-parse", "--show-toplevel");
    if (out.exitCode() != 0) {
      throw new GitException(
          dir
              + " is not inside a git work tree (--staged and --changed-since need one)"
              + (out.stderr().isEmpty() ? "" : ": " + out.stderr()));
    }
    try {
      return new GitRepository(Path.of(out.text().strip()).toRealPath(), timeout);
    } catch (IOException e) {
      throw new GitException("cannot resolve the repository root: " + e.getMessage());
    }
  }

  public Path topLevel() {
    return topLevel;
  }

  /** Where git looks for hooks: {@code .git/hooks}, a worktree's common dir, or core.hooksPath. */
  public Path hooksDirectory() {
    return topLevel
        .resolve(git.runChecked("rev-parse", "--git-path", "hooks").text().strip())
        .normalize();
  }

  /** Files added, copied, modified or renamed in the index (deleted ones have nothing to lint). */
  public List<Path> stagedFiles() {
    return paths(git.runChecked("diff", "--cached", "--name-only", "--diff-filter=ACMR", "-z"));
  }

  /**
   * Files whose working-tree content differs from {@code ref}: committed since, staged or not, plus
   * untracked files that are not ignored.
   */
  public List<Path> changedSince(String ref) {
    if (ref.isBlank() || ref.startsWith("-")) {
      throw new GitException("not a revision: '" + ref + "'");
    }
    GitCommand.Output verify = git.run("rev-parse", "--verify", "--quiet", ref + "^{commit}");
    if (verify.exitCode() != 0) {
      throw new GitException("unknown revision '" + ref + "' (a branch, tag or commit is needed)");
    }
    Set<Path> files = new LinkedHashSet<>();
    files.addAll(
        paths(git.runChecked("diff", "--name-only", "--diff-filter=ACMR", "-z", ref, "--")));
    files.addAll(paths(git.runChecked("ls-files", "--others", "--exclude-standard", "-z")));
    return List.copyOf(files);
  }

  /** Files whose working-tree content differs from the index, so must be read from the index. */
  public Set<Path> unstagedChanges() {
    return Set.copyOf(paths(git.runChecked("diff", "--name-only", "-z")));
  }

  /** The content the index holds for {@code file}, exactly as it would be committed. */
  public byte[] stagedContent(Path file) {
    String relative = topLevel.relativize(file).toString().replace('\\', '/');
    GitCommand.Output out = git.run("show", "--no-textconv", ":" + relative);
    if (out.exitCode() != 0) {
      throw new GitException("cannot read " + relative + " from the git index: " + out.stderr());
    }
    return out.stdout();
  }

  private List<Path> paths(GitCommand.Output output) {
    List<Path> paths = new ArrayList<>();
    for (String name : new String(output.stdout(), StandardCharsets.UTF_8).split("\0")) {
      if (!name.isEmpty()) {
        paths.add(topLevel.resolve(name).normalize());
      }
    }
    return paths;
  }
}
