package io.github.qbanklint.core.remote;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The results cache file: URLs found alive, with the time they were checked. Only successes are
 * kept, so a broken link is always checked again. A missing or unreadable file is an empty cache; a
 * cache that cannot be written is skipped, never an error of the run.
 */
final class RemoteCache {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int FORMAT = 1;

  /** What marks a file as this cache: nothing else is ever overwritten with one. */
  static final String MARKER = "qbank-lint remote-link cache";

  /** The file's shape; {@code tool} is the marker (absent in caches written before it). */
  record CacheFile(String tool, int version, Map<String, Entry> entries) {}

  /** One URL found alive: its status and when, in epoch milliseconds. */
  record Entry(int status, long checkedAt) {}

  private final Optional<Path> file;
  private final Duration maxAge;
  private final Map<String, Entry> entries;

  private RemoteCache(Optional<Path> file, Duration maxAge, Map<String, Entry> entries) {
    this.file = file;
    this.maxAge = maxAge;
    this.entries = entries;
  }

  static RemoteCache load(Optional<Path> file, Duration maxAge) {
    Map<String, Entry> entries = new HashMap<>();
    Optional<Path> writable = file;
    if (file.isPresent() && Files.exists(file.get(), LinkOption.NOFOLLOW_LINKS)) {
      Optional<CacheFile> read = read(file.get());
      read.ifPresent(r -> entries.putAll(r.entries()));
      if (read.isEmpty()) {
        writable = Optional.empty(); // not a cache of ours: never overwrite it
      }
    }
    return new RemoteCache(writable, maxAge, entries);
  }

  /** The cache in {@code file}, when it is a regular file holding one. */
  private static Optional<CacheFile> read(Path file) {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try {
      CacheFile read = JSON.readValue(file.toFile(), CacheFile.class);
      boolean ours = read.tool() == null || read.tool().equals(MARKER);
      return ours && read.version() == FORMAT && read.entries() != null
          ? Optional.of(read)
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The cached success for {@code url}, when it is younger than the maximum age. */
  synchronized Optional<Entry> fresh(String url, Instant now) {
    Entry entry = entries.get(url);
    return entry != null && isFresh(entry, now) ? Optional.of(entry) : Optional.empty();
  }

  synchronized void recordSuccess(String url, int status, Instant now) {
    entries.put(url, new Entry(status, now.toEpochMilli()));
  }

  /**
   * Writes the fresh entries, sorted, through a temporary file so readers never see half a file.
   */
  synchronized void save(Instant now) {
    if (file.isEmpty()) {
      return;
    }
    Map<String, Entry> kept = new TreeMap<>();
    entries.forEach(
        (url, entry) -> {
          if (isFresh(entry, now)) {
            kept.put(url, entry);
          }
        });
    Path target = file.get().toAbsolutePath();
    try {
      Path temporary = Files.createTempFile(target.getParent(), ".qbank-lint-cache", ".tmp");
      JSON.writerWithDefaultPrettyPrinter()
          .writeValue(temporary.toFile(), new CacheFile(MARKER, FORMAT, kept));
      try {
        Files.move(
            temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      // the cache only saves time; a read-only checkout still gets its results
    }
  }

  private boolean isFresh(Entry entry, Instant now) {
    return Duration.between(Instant.ofEpochMilli(entry.checkedAt()), now).compareTo(maxAge) <= 0;
  }
}
