package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.config.Config;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What to lint and how.
 *
 * @param inputs files and directories as the user named them
 * @param workingDirectory the directory relative inputs are resolved against
 * @param config the effective configuration
 * @param jobs how many documents to check at once (at least 1)
 * @param fixedRoot the workspace root when the caller decides it (the Maven plugin: the module's
 *     base directory); empty for the one {@link WorkspaceRoot} derives
 * @param reportedOnly the files (relative paths) whose findings the caller reports, when not all:
 *     every file is still checked, since the others' anchors and questions count for the workspace
 *     rules, but their findings are neither decoded from the cache nor worked out by the rules that
 *     can skip them
 */
public record LintRequest(
    List<Path> inputs,
    Path workingDirectory,
    Config config,
    int jobs,
    Optional<Path> fixedRoot,
    Optional<Set<String>> reportedOnly) {
  public LintRequest {
    inputs = List.copyOf(inputs);
    reportedOnly = reportedOnly.map(Set::copyOf);
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
    }
  }

  public LintRequest(
      List<Path> inputs, Path workingDirectory, Config config, int jobs, Optional<Path> fixedRoot) {
    this(inputs, workingDirectory, config, jobs, fixedRoot, Optional.empty());
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
    return new LintRequest(inputs, workingDirectory, newConfig, jobs, fixedRoot, reportedOnly);
  }

  /** The same request, reporting the findings of {@code paths} only (see {@link #reportedOnly}). */
  public LintRequest reportingOnly(Set<String> paths) {
    return new LintRequest(inputs, workingDirectory, config, jobs, fixedRoot, Optional.of(paths));
  }

  /** Whether the findings of the file at {@code path} (relative to the root) are reported. */
  public boolean reports(String path) {
    return reportedOnly.map(paths -> paths.contains(path)).orElse(true);
  }
}
