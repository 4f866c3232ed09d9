package io.github.qbanklint.core.remote;

import io.github.qbanklint.core.cache.CacheContents;
import io.github.qbanklint.core.cache.CacheEntry;
import io.github.qbanklint.core.cache.SignedFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The remote links found alive, with their status and when they were checked, kept in a signed file
 * of the user cache ({@link RemoteCacheFiles}). Only successes are kept, so a broken link is always
 * checked again. A missing or unusable file is an empty cache; a cache that cannot be written only
 * costs requests, never an error of the run.
 */
final class RemoteCache {
  /** The bound on the file: 4 MiB, some 30,000 links; the oldest entries go first past it. */
  static final long MAX_BYTES = 4L * 1024 * 1024;

  private static final byte[] NO_DIGEST = new byte[0];

  /** One URL found alive: its status and when, in epoch milliseconds. */
  record Entry(int status, long checkedAt) {}

  private final Optional<SignedFile> file;
  private final Consumer<String> notes;
  private final Duration maxAge;
  private final Map<String, Entry> entries;
  private boolean changed;

  private RemoteCache(
      Optional<SignedFile> file,
      Consumer<String> notes,
      Duration maxAge,
      Map<String, Entry> entries,
      boolean changed) {
    this.file = file;
    this.notes = notes;
    this.maxAge = maxAge;
    this.entries = entries;
    this.changed = changed;
  }

  /** The kind of signed file this cache is, for {@link SignedFile#open}. */
  static SignedFile.Kind kind() {
    return new SignedFile.Kind("remote-links", "remote-link cache", "1", "", MAX_BYTES);
  }

  /**
   * The cache in {@code files}; on first use (no signed file yet) it starts with the entries of the
   * older workspace file, when that is trusted, and writes them to the signed file on save.
   */
  static RemoteCache load(RemoteCacheFiles files, Duration maxAge) {
    Map<String, Entry> entries = new HashMap<>();
    boolean changed = false;
    if (files.signed().isPresent()) {
      SignedFile signed = files.signed().get();
      if (signed.exists()) {
        CacheContents contents = signed.read(files.notes());
        contents.entries().forEach((url, e) -> decode(e).ifPresent(d -> entries.put(url, d)));
        changed = contents.problem().isPresent();
      } else {
        Map<String, Entry> imported = LegacyCacheFile.read(files.legacy());
        entries.putAll(imported);
        changed = !imported.isEmpty();
      }
    }
    return new RemoteCache(files.signed(), files.notes(), maxAge, entries, changed);
  }

  /** The cached success for {@code url}, when it is younger than the maximum age. */
  synchronized Optional<Entry> fresh(String url, Instant now) {
    Entry entry = entries.get(url);
    return entry != null && isFresh(entry, now) ? Optional.of(entry) : Optional.empty();
  }

  synchronized void recordSuccess(String url, int status, Instant now) {
    entries.put(url, new Entry(status, now.toEpochMilli()));
    changed = true;
  }

  /** Writes the fresh entries, newest first, when anything changed. */
  synchronized void save(Instant now) {
    if (file.isEmpty()) {
      return;
    }
    List<Map.Entry<String, Entry>> kept =
        entries.entrySet().stream()
            .filter(e -> isFresh(e.getValue(), now))
            .sorted(
                Comparator.comparingLong((Map.Entry<String, Entry> e) -> -e.getValue().checkedAt())
                    .thenComparing(Map.Entry::getKey))
            .toList();
    if (!changed && kept.size() == entries.size()) {
      return;
    }
    try {
      file.get().write(kept.stream().map(e -> encode(e.getKey(), e.getValue())).toList());
    } catch (IOException | RuntimeException e) {
      notes.accept(
          "note: cannot write the cache "
              + file.get().path()
              + " ("
              + e.getClass().getSimpleName()
              + "); the next run checks these links again");
    }
  }

  private boolean isFresh(Entry entry, Instant now) {
    return Duration.between(Instant.ofEpochMilli(entry.checkedAt()), now).compareTo(maxAge) <= 0;
  }

  private static CacheEntry encode(String url, Entry entry) {
    byte[] payload =
        ByteBuffer.allocate(Integer.BYTES + Long.BYTES)
            .putInt(entry.status())
            .putLong(entry.checkedAt())
            .array();
    return new CacheEntry(url, NO_DIGEST, payload);
  }

  private static Optional<Entry> decode(CacheEntry entry) {
    if (entry.payload().length != Integer.BYTES + Long.BYTES) {
      return Optional.empty();
    }
    ByteBuffer payload = ByteBuffer.wrap(entry.payload());
    return Optional.of(new Entry(payload.getInt(), payload.getLong()));
  }
}
