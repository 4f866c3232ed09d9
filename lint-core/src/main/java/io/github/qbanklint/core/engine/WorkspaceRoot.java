package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.config.Config;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The one directory a run may read and write in: the directory of the config file in use when it
 * holds the first path to lint; else the top of the git work tree that holds that path; else the
 * current directory, or, for paths outside it, their common parent. Reports show paths relative to
 * it, the tree walk does not leave it, and paths a repository's config names must stay in it.
 */
public final class WorkspaceRoot {
  private WorkspaceRoot() {}

  /**
   * @param config the configuration in use (its source file, if any, decides first)
   * @param inputs the paths to lint, absolute
   * @param currentDirectory the directory the command runs in
   */
  public static Path of(Config config, List<Path> inputs, Path currentDirectory) {
    Path cwd = currentDirectory.toAbsolutePath().normalize();
    if (inputs.isEmpty()) {
      return cwd;
    }
    Path first = directoryOf(inputs.get(0).toAbsolutePath().normalize());
    Optional<Path> configDirectory =
        config.source().map(s -> s.toAbsolutePath().normalize().getParent());
    if (configDirectory.isPresent() && first.startsWith(configDirectory.get())) {
      return configDirectory.get();
    }
    return gitWorkTree(first).orElseGet(() -> commonDirectory(inputs, cwd));
  }

  private static Path directoryOf(Path input) {
    return Files.isDirectory(input) || input.getParent() == null ? input : input.getParent();
  }

  /** Looks for the {@code .git} entry (a directory, or a file in worktrees and submodules). */
  private static Optional<Path> gitWorkTree(Path start) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  private static Path commonDirectory(List<Path> inputs, Path cwd) {
    Path common = null;
    for (Path input : inputs) {
      Path dir = directoryOf(input.toAbsolutePath().normalize());
      if (dir.startsWith(cwd)) {
        continue;
      }
      common = common == null ? dir : commonParent(common, dir);
    }
    return common == null ? cwd : commonParent(common, cwd).equals(cwd) ? cwd : common;
  }

  private static Path commonParent(Path a, Path b) {
    Path p = a;
    while (p != null && !b.startsWith(p)) {
      p = p.getParent();
    }
    return p == null ? a.getRoot() : p;
  }
}
