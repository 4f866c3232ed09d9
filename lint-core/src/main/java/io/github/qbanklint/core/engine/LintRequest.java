package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.config.Config;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What to lint and how.
 *
 * @param inputs files and directories as the user named them
 * @param workingDirectory the directory relative inputs are resolved against
 * @param config the effective configuration
 * @param jobs how many documents to check at once (at least 1)
 * @param fixedRoot the workspace root when the caller decides it (the Maven plugin: the module's
 *     base directory); empty for the one {@link WorkspaceRoot} derives
 */
public record LintRequest(
    List<Path> inputs, Path workingDirectory, Config config, int jobs, Optional<Path> fixedRoot) {
  public LintRequest {
    inputs = List.copyOf(inputs);
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
    }
  }

  public LintRequest(List<Path> inputs, Path workingDirectory, Config config, int jobs) {
    this(inputs, workingDirectory, config, jobs, Optional.empty());
  }

  public static int defaultJobs() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * The most jobs worth running: checking is CPU-bound, so more threads than this only cost memory
   * and switching (100,000 made a 2 s run take 29 s).
   */
  public static int maxJobs() {
    return 4 * Runtime.getRuntime().availableProcessors();
  }

  /** The inputs resolved against the working directory. */
  public List<Path> absoluteInputs() {
    return inputs.stream().map(p -> workingDirectory.resolve(p).toAbsolutePath()).toList();
  }

  /** The workspace root of this run: see {@link WorkspaceRoot}. */
  public Path root() {
    return fixedRoot
        .map(p -> p.toAbsolutePath().normalize())
        .orElseGet(() -> WorkspaceRoot.of(config, absoluteInputs(), workingDirectory));
  }

  public LintRequest withConfig(Config newConfig) {
    return new LintRequest(inputs, workingDirectory, newConfig, jobs, fixedRoot);
  }
}
