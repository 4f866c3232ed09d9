package io.github.qbanklint.core.cache;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
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
 * Per-document results of earlier runs, keyed by the document's path and the SHA-256 of its bytes,
 * valid for one build and one effective configuration (the store's context). Thread-safe: documents
 * are checked in parallel. Saving keeps the entries of this run and those of files not linted this
 * run that still exist, within {@link #MAX_BYTES}.
 */
public final class ResultCache {
  /** The bound on the results file: 64 MiB; entries past it are not kept. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  /** One document's payload is not kept when larger than this (1 MiB). */
  static final int MAX_ENTRY_BYTES = 1024 * 1024;

  private final SignedStore store;
  private final long maxBytes;
  private final Path file;
  private final String context;
  private final Map<String, SignedStore.Entry> previous;
  private final Map<String, SignedStore.Entry> current = new ConcurrentHashMap<>();
  private final Set<String> visited = ConcurrentHashMap.newKeySet();
  private final AtomicInteger hits = new AtomicInteger();
  private final Consumer<String> notes;
  private volatile boolean changed;

  private ResultCache(
      SignedStore store,
      long maxBytes,
      Path file,
      String context,
      Map<String, SignedStore.Entry> previous,
      Consumer<String> notes) {
    this.store = store;
    this.maxBytes = maxBytes;
    this.file = file;
    this.context = context;
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
    Path file = location.resultsFile();
    for (Path own : List.of(file, location.keyFile())) {
      if (own.toAbsolutePath().startsWith(root.toAbsolutePath()) && trackedByGit.test(own)) {
        notes.accept(
            "note: "
                + own
                + " is tracked by git, so no result cache is read or written; remove it from git");
        return Optional.empty();
      }
    }
    MacKey key;
    try {
      key = MacKey.load(location.keyFile());
    } catch (IOException | RuntimeException e) {
      notes.accept(
          "note: cannot create the cache key in "
              + location.userCache()
              + " ("
              + e.getClass().getSimpleName()
              + "); results are not cached this run");
      return Optional.empty();
    }
    SignedStore store = new SignedStore(key, "results", build, maxBytes);
    SignedStore.Contents contents = store.read(file, context);
    contents
        .problem()
        .ifPresent(
            why ->
                notes.accept(
                    "note: the cache " + file + " is ignored: " + why + "; it is rebuilt"));
    ResultCache cache = new ResultCache(store, maxBytes, file, context, contents.entries(), notes);
    cache.changed = contents.problem().isPresent();
    return Optional.of(cache);
  }

  /** The payload stored for {@code path} with these bytes, if any; marks the path as linted. */
  public Optional<byte[]> find(String path, byte[] contentHash) {
    visited.add(path);
    SignedStore.Entry entry = previous.get(path);
    if (entry == null || !MessageDigest.isEqual(entry.digest(), contentHash)) {
      return Optional.empty();
    }
    current.put(path, entry);
    hits.incrementAndGet();
    return Optional.of(entry.payload());
  }

  /** How many documents' results this run reused, of how many it linted, and from where. */
  public String summary() {
    return "results of "
        + hits.get()
        + " of "
        + visited.size()
        + " files reused from the cache "
        + file;
  }

  /** Forgets what {@link #find} gave for {@code path}: it turned out unusable. */
  public void drop(String path) {
    current.remove(path);
    changed = true;
  }

  /** The key of a document's bytes: their SHA-256. */
  public static byte[] contentHash(byte[] content) {
    return Hashes.sha256(content);
  }

  /** Keeps {@code payload} as the result for {@code path} with these bytes. */
  public void store(String path, byte[] contentHash, byte[] payload) {
    visited.add(path);
    if (payload.length <= MAX_ENTRY_BYTES) {
      current.put(path, new SignedStore.Entry(path, contentHash, payload));
    }
    changed = true;
  }

  /**
   * Writes the entries of this run, and earlier ones for files not linted this run that still
   * exist, when anything changed; a cache that cannot be written only costs time.
   */
  public void save(Predicate<String> stillExists) {
    Map<String, SignedStore.Entry> kept = new TreeMap<>(current);
    for (SignedStore.Entry entry : previous.values()) {
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
      store.write(file, context, withinBound(kept));
    } catch (IOException | RuntimeException e) {
      notes.accept(
          "note: cannot write the cache "
              + file
              + " ("
              + e.getClass().getSimpleName()
              + "); the next run checks every file again");
    }
  }

  /** The entries of this run first, then older ones, as long as the file stays in its bound. */
  private List<SignedStore.Entry> withinBound(Map<String, SignedStore.Entry> kept) {
    List<SignedStore.Entry> ordered = new ArrayList<>();
    kept.values().stream().filter(e -> visited.contains(e.name())).forEach(ordered::add);
    kept.values().stream().filter(e -> !visited.contains(e.name())).forEach(ordered::add);
    List<SignedStore.Entry> bounded = new ArrayList<>();
    long size = store.headerSize(context);
    for (SignedStore.Entry entry : ordered) {
      size += SignedStore.entrySize(entry);
      if (size > maxBytes) {
        break;
      }
      bounded.add(entry);
    }
    return bounded;
  }
}
