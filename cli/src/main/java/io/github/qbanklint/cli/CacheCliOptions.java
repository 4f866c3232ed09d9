package io.github.qbanklint.cli;

import io.github.qbanklint.core.cache.CacheOptions;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --no-cache} and {@code --cache-dir}: whether and where check results and remote links
 * found alive are reused.
 */
final class CacheCliOptions {
  @Option(
      names = "--no-cache",
      description =
          "Check every file and remote link again: neither read nor write the result and"
              + " remote-link caches.")
  boolean noCache;

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description =
          "Keep the result and remote-link caches in DIR (relative to the workspace root) instead of the user"
              + " cache directory ($XDG_CACHE_HOME/qbank-lint, else ~/.cache/qbank-lint).")
  Path cacheDir;

  /** The cache options; with {@code verbose}, a line says how many results were reused. */
  CacheOptions options(boolean verbose) {
    if (noCache) {
      return CacheOptions.off();
    }
    return CacheOptions.inUserCache(
        Optional.ofNullable(cacheDir),
        CacheCliOptions::toStandardError,
        verbose ? CacheCliOptions::toStandardError : line -> {});
  }

  private static void toStandardError(String line) {
    Console.ERR.println("qbank-lint: " + line);
    Console.ERR.flush();
  }
}
