package io.github.qbanklint.core.cache;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the caches of one workspace live. By default outside every workspace, in the user cache
 * directory ({@code $XDG_CACHE_HOME/qbank-lint}, else {@code ~/.cache/qbank-lint}), one folder per
 * workspace root, so a repository cannot ship a cache that declares its content clean. Only the
 * command line or the POM may name another folder ({@code directory}). The MAC key always stays in
 * the user cache directory ({@link #keyFile()}).
 *
 * @param userCache the user's qbank-lint cache directory, holding the key
 * @param directory the folder for this workspace's cache files
 * @param chosen whether the command line or the POM named {@code directory}
 */
public record CacheLocation(Path userCache, Path directory, boolean chosen) {

  /** The user cache directory of this environment: XDG first, then the home directory. */
  public static Path userCache(Map<String, String> environment, String userHome) {
    String xdg = environment.get("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : Path.of(userHome, ".cache");
    return base.resolve("qbank-lint").toAbsolutePath().normalize();
  }

  /** The location for the workspace at {@code root}: {@code chosen} if given, else the default. */
  public static CacheLocation of(Path userCache, Path root, Optional<Path> chosen) {
    Path absoluteRoot = root.toAbsolutePath().normalize();
    return chosen
        .map(c -> new CacheLocation(userCache, absoluteRoot.resolve(c).normalize(), true))
        .orElseGet(
            () ->
                new CacheLocation(
                    userCache,
                    userCache.resolve("workspaces").resolve(folderName(absoluteRoot)),
                    false));
  }

  /** The secret the cache entries are signed with; never inside a workspace. */
  public Path keyFile() {
    return userCache.resolve("mac-key");
  }

  /** Per-document results of the checks. */
  public Path resultsFile() {
    return directory.resolve("results.bin");
  }

  /** Remote links found alive, and when. */
  public Path remoteLinksFile() {
    return directory.resolve("remote-links.bin");
  }

  /** A readable, collision-free folder name: the root's last name and a hash of its path. */
  private static String folderName(Path root) {
    Path name = root.getFileName();
    String readable = name == null ? "root" : name.toString().replaceAll("[^A-Za-z0-9._-]", "_");
    return readable + "-" + Hashes.hex(Hashes.sha256(root.toString())).substring(0, 16);
  }
}
