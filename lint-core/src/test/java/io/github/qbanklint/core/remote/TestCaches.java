package io.github.qbanklint.core.remote;

import io.github.qbanklint.core.cache.CacheOptions;
import java.nio.file.Path;
import java.util.Optional;

/** Remote-link caches for tests: in a user cache directory under a temporary folder. */
final class TestCaches {
  private TestCaches() {}

  /**
   * The cache of the workspace {@code dir/workspace}, with {@code dir/user-cache} as user cache.
   */
  static RemoteCacheFiles in(Path dir) {
    return RemoteCacheFiles.of(options(dir), true, dir.resolve("workspace"), Optional.empty());
  }

  static CacheOptions options(Path dir) {
    return new CacheOptions(true, dir.resolve("user-cache"), Optional.empty(), p -> false, n -> {});
  }
}
