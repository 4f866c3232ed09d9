package io.github.qbanklint.core.cache;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Per-document results of earlier runs, keyed by the document's path and a keyed digest of its
 * bytes (and, to skip reading a file that was not written since, its {@link FileStamp}), valid for
 * one build and one effective configuration (the store's context). Thread-safe: documents are
 * checked in parallel. Saving keeps the entries of this run and those of files not linted this run
 * that still exist, within {@link #MAX_BYTES}.
 */
public final class ResultCache {
  /** The bound on the results file: 64 MiB; entries past it are not kept. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  /** One document's payload is not kept when larger than this (1 MiB). */
  static final int MAX_ENTRY_BYTES = 1024 * 1024;

  private static final int HASH_LENGTH = 8;

  private final SignedFile file;
  private final Map<String, CacheEntry> previous;
  private final Map<String, CacheEntry> current = new ConcurrentHashMap<>();
  private final Set<String> visited = ConcurrentHashMap.newKeySet();
  private final AtomicInteger hits = new AtomicInteger();
  private final Consumer<String> notes;
  private volatile boolean changed;

  private ResultCache(SignedFile file, Map<String, CacheEntry> previous, Consumer<String> notes) {
    this.file = file;
    this.previous = previous;
    this.notes = notes;
  }

  /**
   * The results cache at {@code location} for a run of {@code build} with the configuration whose
   * fingerprint is {@code context}; empty (with a note) when it cannot be used at all.
   */
  public static Optional<ResultCache> open(
      CacheLocation location,
      Path root,
      String build,
      String context,
      Predicate<Path> trackedByGit,
      Consumer<String> notes) {
    return open(location, root, build, context, trackedByGit, notes, MAX_BYTES);
  }

  static Optional<ResultCache> open(
      CacheLocation location,
      Path root,
      String build,
      String context,
      Predicate<Path> trackedByGit,
      Consumer<String> notes,
      long maxBytes) {
    Optional<SignedFile> opened =
        SignedFile.open(
            location,
            location.resultsFile(),
            root,
            new SignedFile.Kind("results", "result cache", build, context, maxBytes),
            trackedByGit,
            notes);
    if (opened.isEmpty()) {
      return Optional.empty();
    }
    SignedFile file = opened.get();
    CacheContents contents = file.read(notes);
    ResultCache cache = new ResultCache(file, contents.entries(), notes);
    cache.changed = contents.problem().isPresent();
    return Optional.of(cache);
  }

  /**
   * The payload stored for {@code path} whose file still has {@code stamp} (see {@link FileStamp}),
   * so that its bytes need not be read; marks the path as linted when found.
   */
  public Optional<byte[]> findUnchanged(String path, byte[] stamp) {
    CacheEntry entry = previous.get(path);
    if (entry == null
        || !Arrays.equals(
            entry.digest(), HASH_LENGTH, entry.digest().length, stamp, 0, stamp.length)) {
      return Optional.empty();
    }
    return Optional.of(hit(path, entry));
  }

  /**
   * The payload stored for {@code path} with these bytes, if any; marks the path as linted. A hit
   * keeps the file's current {@code stamp}, so that the next run need not read it.
   */
  public Optional<byte[]> find(String path, byte[] contentHash, Optional<byte[]> stamp) {
    visited.add(path);
    CacheEntry entry = previous.get(path);
    if (entry == null
        || !MessageDigest.isEqual(Arrays.copyOf(entry.digest(), HASH_LENGTH), contentHash)) {
      return Optional.empty();
    }
    byte[] digest = digest(contentHash, stamp);
    if (!Arrays.equals(digest, entry.digest())) {
      entry = new CacheEntry(path, digest, entry.payload());
      changed = true;
    }
    return Optional.of(hit(path, entry));
  }

  private byte[] hit(String path, CacheEntry entry) {
    visited.add(path);
    current.put(path, entry);
    hits.incrementAndGet();
    return entry.payload();
  }

  /** What an entry is keyed by: the content hash, then the file's stamp when it has one. */
  private static byte[] digest(byte[] contentHash, Optional<byte[]> stamp) {
    if (stamp.isEmpty()) {
      return contentHash;
    }
    byte[] digest = Arrays.copyOf(contentHash, HASH_LENGTH + stamp.get().length);
    System.arraycopy(stamp.get(), 0, digest, HASH_LENGTH, stamp.get().length);
    return digest;
  }

  /** How many documents' results this run reused, of how many it linted, and from where. */
  public String summary() {
    return "results of "
        + hits.get()
        + " of "
        + visited.size()
        + " files reused from the cache "
        + file.path();
  }

  /** Forgets what {@link #find} gave for {@code path}: it turned out unusable. */
  public void drop(String path) {
    current.remove(path);
    changed = true;
  }

  /** The key of a document's bytes: their digest keyed by the user's secret. */
  public byte[] contentHash(byte[] content) {
    return file.contentDigest(content);
  }

  /** Keeps {@code payload} as the result for {@code path} with these bytes and this stamp. */
  public void store(String path, byte[] contentHash, Optional<byte[]> stamp, byte[] payload) {
    visited.add(path);
    if (payload.length <= MAX_ENTRY_BYTES) {
      current.put(path, new CacheEntry(path, digest(contentHash, stamp), payload));
    }
    changed = true;
  }

  /**
   * Writes the entries of this run, and earlier ones for files not linted this run that still
   * exist, when anything changed; a cache that cannot be written only costs time.
   */
  public void save(Predicate<String> stillExists) {
    Map<String, CacheEntry> kept = new TreeMap<>(current);
    for (CacheEntry entry : previous.values()) {
      if (!visited.contains(entry.name()) && !kept.containsKey(entry.name())) {
        if (stillExists.test(entry.name())) {
          kept.put(entry.name(), entry);
        } else {
          changed = true;
        }
      }
    }
    for (String path : previous.keySet()) {
      if (visited.contains(path) && !current.containsKey(path)) {
        changed = true;
      }
    }
    if (!changed) {
      return;
    }
    try {
      file.write(ordered(kept));
    } catch (IOException | RuntimeException e) {
      notes.accept(
          "note: cannot write the cache "
              + file.path()
              + " ("
              + e.getClass().getSimpleName()
              + "); the next run checks every file again");
    }
  }

  /** The entries of this run first, then older ones: those are dropped first past the bound. */
  private List<CacheEntry> ordered(Map<String, CacheEntry> kept) {
    List<CacheEntry> ordered = new ArrayList<>();
    kept.values().stream().filter(e -> visited.contains(e.name())).forEach(ordered::add);
    kept.values().stream().filter(e -> !visited.contains(e.name())).forEach(ordered::add);
    return ordered;
  }
}
