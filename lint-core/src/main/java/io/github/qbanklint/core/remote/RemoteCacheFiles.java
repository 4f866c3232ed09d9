package io.github.qbanklint.core.remote;

import io.github.qbanklint.core.cache.CacheLocation;
import io.github.qbanklint.core.cache.CacheOptions;
import io.github.qbanklint.core.cache.SignedFile;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where one run keeps its remote-link cache: a signed file in the same folder as the result cache
 * ({@link CacheLocation#remoteLinksFile()}), and the workspace file of older versions to import
 * from once. The same {@link CacheOptions} decide both caches: with caching off, every link is
 * requested each run and nothing is kept.
 *
 * @param signed the signed file; empty when caching is off or cannot be used
 * @param legacy the older workspace file, imported while {@code signed} does not exist yet
 * @param notes where the one-line notes about an unusable cache go
 */
public record RemoteCacheFiles(
    Optional<SignedFile> signed, Optional<LegacyCacheFile> legacy, Consumer<String> notes) {

  /** No cache: every link is requested. */
  public static RemoteCacheFiles none() {
    return new RemoteCacheFiles(Optional.empty(), Optional.empty(), n -> {});
  }

  /**
   * The cache of the workspace at {@code root} as {@code options} say, unless the configuration
   * turns caching off; {@code legacy} is the workspace file older versions wrote, if configured.
   */
  public static RemoteCacheFiles of(
      CacheOptions options, boolean configAllows, Path root, Optional<Path> legacy) {
    if (!options.enabled() || !configAllows) {
      return none();
    }
    CacheLocation location = options.location(root);
    return new RemoteCacheFiles(
        SignedFile.open(
            location,
            location.remoteLinksFile(),
            root,
            RemoteCache.kind(),
            options.trackedByGit(),
            options.notes()),
        legacy.map(file -> new LegacyCacheFile(file, root, options.trackedByGit())),
        options.notes());
  }
}
