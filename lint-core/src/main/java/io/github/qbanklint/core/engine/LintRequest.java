package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.config.Config;
import java.nio.file.Path;
import java.util.List;

/**
 * What to lint and how.
 *
 * @param inputs files and directories as the user named them
 * @param workingDirectory the directory relative inputs are resolved against
 * @param config the effective configuration
 * @param jobs how many documents to check at once (at least 1)
 */
public record LintRequest(List<Path> inputs, Path workingDirectory, Config config, int jobs) {
  public LintRequest {
    inputs = List.copyOf(inputs);
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
    }
  }

  public static int defaultJobs() {
    return Runtime.getRuntime().availableProcessors();
  }
}
