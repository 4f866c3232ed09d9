package io.github.qbanklint.core.remote;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The remote-link cache of older versions, a JSON file in the workspace ({@code links.cacheFile},
 * by default {@code .qbank-lint-cache.json}): read once, to import its entries into the user cache,
 * and never written. Being in the repository, it is read only when git does not track it (a pull
 * request cannot ship one) and it is a regular file inside the workspace root, not a link out.
 *
 * @param file the file the configuration names
 * @param root the workspace root
 * @param trackedByGit tells a file that git tracks
 */
public record LegacyCacheFile(Path file, Path root, Predicate<Path> trackedByGit) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MARKER = "qbank-lint remote-link cache";
  private static final int FORMAT = 1;

  /** The file's shape; {@code tool} is the marker (absent in the oldest files). */
  record Content(String tool, int version, Map<String, RemoteCache.Entry> entries) {}

  /** The entries of {@code legacy}, when there is one and it is trusted; else none. */
  static Map<String, RemoteCache.Entry> read(Optional<LegacyCacheFile> legacy) {
    return legacy
        .filter(LegacyCacheFile::trusted)
        .flatMap(LegacyCacheFile::content)
        .orElse(Map.of());
  }

  boolean trusted() {
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          || Files.size(file) > RemoteCache.MAX_BYTES) {
        return false;
      }
      return file.toRealPath().startsWith(root.toRealPath()) && !trackedByGit.test(file);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private Optional<Map<String, RemoteCache.Entry>> content() {
    try {
      Content read = JSON.readValue(file.toFile(), Content.class);
      boolean ours = read.tool() == null || read.tool().equals(MARKER);
      return ours && read.version() == FORMAT && read.entries() != null
          ? Optional.of(read.entries())
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
