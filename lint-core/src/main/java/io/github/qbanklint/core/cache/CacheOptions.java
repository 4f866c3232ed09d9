package io.github.qbanklint.core.cache;

import io.github.qbanklint.core.git.GitRepository;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Whether and where a check run caches its per-document results; the command line and the Maven
 * plugin build these, a repository's configuration can only turn caching off.
 *
 * @param enabled whether to use a cache at all
 * @param userCache the user cache directory, which holds the key (and, by default, the caches)
 * @param directory the folder the command line or the POM named, resolved against the workspace
 *     root; empty for the default in the user cache directory
 * @param trackedByGit tells a file that git tracks: such a cache file is never read
 * @param notes where the one-line notes about an unusable cache go (standard error)
 * @param details where the line saying how many results were reused goes (verbose output)
 */
public record CacheOptions(
    boolean enabled,
    Path userCache,
    Optional<Path> directory,
    Predicate<Path> trackedByGit,
    Consumer<String> notes,
    Consumer<String> details) {

  public static CacheOptions off() {
    return new CacheOptions(false, Path.of(""), Optional.empty(), p -> true, n -> {}, d -> {});
  }

  /** Caching as given, with nothing said about reuse. */
  public CacheOptions(
      boolean enabled,
      Path userCache,
      Optional<Path> directory,
      Predicate<Path> trackedByGit,
      Consumer<String> notes) {
    this(enabled, userCache, directory, trackedByGit, notes, d -> {});
  }

  /**
   * Caching in this process's user cache directory, or in {@code directory} when named. Starts
   * fingerprinting the build at once ({@link BuildFingerprint#prefetch}): the run needs it to open
   * the cache, and can read its configuration meanwhile.
   */
  public static CacheOptions inUserCache(
      Optional<Path> directory, Consumer<String> notes, Consumer<String> details) {
    BuildFingerprint.prefetch(CacheOptions.class);
    return new CacheOptions(
        true,
        CacheLocation.userCache(System.getenv(), System.getProperty("user.home")),
        directory,
        GitRepository::tracks,
        notes,
        details);
  }

  /** Where the caches of the workspace at {@code root} live. */
  public CacheLocation location(Path root) {
    return CacheLocation.of(userCache, root, directory);
  }
}
