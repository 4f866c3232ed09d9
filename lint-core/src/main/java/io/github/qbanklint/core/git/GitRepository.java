package io.github.qbanklint.core.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The git questions qbank-lint asks: what the index changes against {@code HEAD}, which files are
 * changed since a revision, which files the index holds and which of them differ from the working
 * tree, what the index holds for a file, and what a blob holds. Paths are absolute, under {@link
 * #topLevel()} with symbolic links resolved.
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

  /**
   * Whether a git work tree holds {@code file} in its index. When git cannot answer inside a work
   * tree (not installed, a timeout) the answer is yes: the caller then does not trust the file.
   */
  public static boolean tracks(Path file) {
    Path directory = file.toAbsolutePath().normalize().getParent();
    if (directory == null || !Files.isDirectory(directory) || !insideWorkTree(directory)) {
      return false;
    }
    try {
      return new GitCommand(directory, GitCommand.DEFAULT_TIMEOUT)
              .run("ls-files", "--error-unmatch", "--", file.getFileName().toString())
              .exitCode()
          != 1;
    } catch (GitException e) {
      return true;
    }
  }

  private static boolean insideWorkTree(Path directory) {
    for (Path dir = directory; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return true;
      }
    }
    return false;
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

  /** What the index changes against {@code HEAD}. */
  StagedChanges stagedChanges() {
    return StagedChanges.parse(
        topLevel,
        git.runChecked("diff", "--cached", "--raw", "-z", "--no-renames", "--no-abbrev").stdout());
  }

  /** The files in the index, and which of them the working tree changes or removes. */
  IndexFiles indexFiles() {
    return IndexFiles.parse(
        topLevel,
        git.runChecked("ls-files", "--cached", "--modified", "--deleted", "-t", "-z").stdout());
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

  /** The content the index holds for {@code file}, exactly as it would be committed. */
  public byte[] stagedContent(Path file) {
    String relative = topLevel.relativize(file).toString().replace('\\', '/');
    GitCommand.Output out = git.run("show", "--no-textconv", ":" + relative);
    if (out.exitCode() != 0) {
      throw new GitException("cannot read " + relative + " from the git index: " + out.stderr());
    }
    return out.stdout();
  }

  /**
   * The contents of the blobs of at most {@code maxBytes} each, by id; larger and missing ones are
   * left out. Two processes whatever the count: {@code git cat-file --batch-check} answers each id
   * with {@code id type size} (or {@code id missing}), then {@code --batch} with {@code id type
   * size LF content LF}.
   */
  Map<String, byte[]> blobs(Collection<String> ids, long maxBytes) {
    List<String> small = new ArrayList<>();
    for (String line : catFile("--batch-check", ids).text().split("\n")) {
      String[] header = line.split(" ");
      if (header.length == 3 && Long.parseLong(header[2]) <= maxBytes) {
        small.add(header[0]);
      }
    }
    byte[] out = catFile("--batch", small).stdout();
    Map<String, byte[]> blobs = new HashMap<>();
    int at = 0;
    while (at < out.length) {
      int headerEnd = indexOf(out, (byte) '\n', at);
      String[] header = new String(out, at, headerEnd - at, StandardCharsets.US_ASCII).split(" ");
      at = headerEnd + 1;
      if (header.length == 3) {
        int size = Integer.parseInt(header[2]);
        blobs.put(header[0], Arrays.copyOfRange(out, at, at + size));
        at += size + 1;
      }
    }
    return blobs;
  }

  private GitCommand.Output catFile(String mode, Collection<String> ids) {
    if (ids.isEmpty()) {
      return new GitCommand.Output(0, new byte[0], "");
    }
    String request = ids.stream().distinct().map(id -> id + "\n").collect(Collectors.joining());
    return git.runChecked(request.getBytes(StandardCharsets.US_ASCII), "cat-file", mode);
  }

  private static int indexOf(byte[] bytes, byte wanted, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    throw new GitException("git cat-file --batch answered with a truncated header");
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
