package io.github.qbanklint.core.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One cache file of signed entries in a {@link CacheLocation}, as the result cache and the
 * remote-link cache use it: refused when git tracks it or the key, signed with the user's key,
 * bounded in size, written atomically and owner-only.
 */
public final class SignedFile {
  private final SignedStore store;
  private final Path file;
  private final String context;

  private SignedFile(SignedStore store, Path file, String context) {
    this.store = store;
    this.file = file;
    this.context = context;
  }

  /**
   * The file {@code file} of {@code location} holding entries of {@code kind}, written by {@code
   * build}, valid in {@code context}; empty (with a note naming the {@code cacheName}) when git
   * tracks the file or the key, or the key cannot be created.
   */
  public static Optional<SignedFile> open(
      CacheLocation location,
      Path file,
      Path root,
      Kind kind,
      Predicate<Path> trackedByGit,
      Consumer<String> notes) {
    for (Path own : List.of(file, location.keyFile())) {
      if (own.toAbsolutePath().startsWith(root.toAbsolutePath()) && trackedByGit.test(own)) {
        notes.accept(
            "note: "
                + own
                + " is tracked by git, so no "
                + kind.cacheName()
                + " is read or written; remove it from git");
        return Optional.empty();
      }
    }
    try {
      MacKey key = MacKey.load(location.keyFile());
      return Optional.of(
          new SignedFile(
              new SignedStore(key, kind.name(), kind.build(), kind.maxBytes()),
              file,
              kind.context()));
    } catch (IOException | RuntimeException e) {
      notes.accept(
          "note: cannot create the cache key in "
              + location.userCache()
              + " ("
              + e.getClass().getSimpleName()
              + "); the "
              + kind.cacheName()
              + " is not used this run");
      return Optional.empty();
    }
  }

  /**
   * What a file holds and how it is checked.
   *
   * @param name the kind written in the header ({@code results}, {@code remote-links})
   * @param cacheName what notes call it
   * @param build the code that wrote it: another build's file is ignored
   * @param context what its entries are valid in: another context's file is read as empty
   * @param maxBytes the bound of the file: a larger one is ignored, a write keeps within it
   */
  public record Kind(String name, String cacheName, String build, String context, long maxBytes) {}

  public Path path() {
    return file;
  }

  /** Whether the file exists yet (even one that turns out unusable). */
  public boolean exists() {
    return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
  }

  /** A digest of {@code content} keyed by the user's secret (see {@link MacKey#contentDigest}). */
  public byte[] contentDigest(byte[] content) {
    return store.contentDigest(content);
  }

  /**
   * The signed entries of this context; a missing file is empty, an unusable one empty with a note.
   */
  public CacheContents read(Consumer<String> notes) {
    CacheContents contents = store.read(file, context);
    contents
        .problem()
        .ifPresent(
            why ->
                notes.accept(
                    "note: the cache " + file + " is ignored: " + why + "; it is rebuilt"));
    return contents;
  }

  /** Replaces the file with {@code entries}, in order, as many as fit in the bound. */
  public void write(Collection<CacheEntry> entries) throws IOException {
    List<CacheEntry> bounded = new ArrayList<>();
    long size = store.headerSize(context);
    for (CacheEntry entry : entries) {
      size += SignedStore.entrySize(entry);
      if (size > store.maxBytes()) {
        break;
      }
      bounded.add(entry);
    }
    store.write(file, context, bounded);
  }
}
