package io.github.qbanklint.core.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * What identifies the running code, so that a cache written by another build is never used: the
 * central directory of each jar the given classes come from (the name, CRC-32, size and time of
 * every entry, hashed in one piece: no class is read; a zip64 jar is listed entry by entry without
 * the times), or the path, size and modification time of every file under a classes directory (a
 * development build). Two snapshots of one version differ; the same jar copied or downloaded again
 * does not, nor one rebuilt from the same sources when the build is reproducible (entry times
 * fixed). Each location is digested once per process, and can be started early ({@link #prefetch}):
 * a 70 MB jar's directory (2.8 MB) takes some 13 ms under C1.
 */
public final class BuildFingerprint {
  private static final Map<String, CompletableFuture<byte[]>> BY_LOCATION =
      new ConcurrentHashMap<>();

  private BuildFingerprint() {}

  /** The fingerprint of the code the classes were loaded from. */
  public static String of(Collection<Class<?>> classes) {
    Set<String> locations = new TreeSet<>();
    classes.forEach(type -> locations.add(locationOf(type)));
    MessageDigest digest = Hashes.sha256();
    for (String location : locations) {
      digest.update(digestOf(location).join());
    }
    return Hashes.hex(digest.digest());
  }

  /**
   * Starts digesting the code {@code type} comes from on another thread, so that {@link #of} finds
   * it done, or under way, when the run opens its cache.
   */
  public static void prefetch(Class<?> type) {
    String location = locationOf(type);
    BY_LOCATION.computeIfAbsent(
        location,
        l ->
            CompletableFuture.supplyAsync(
                () -> {
                  byte[] digest = compute(l);
                  // The process's first SHA-256 sets up the JCA's providers and the digest's own
                  // classes, some 25 ms under C1: here, not on the run's serial start, where the
                  // cache needs them next.
                  Hashes.sha256(new byte[0]);
                  return digest;
                },
                BuildFingerprint::daemon));
  }

  private static void daemon(Runnable task) {
    Thread thread = new Thread(task, "qbank-lint-build-fingerprint");
    thread.setDaemon(true);
    thread.start();
  }

  private static CompletableFuture<byte[]> digestOf(String location) {
    return BY_LOCATION.computeIfAbsent(
        location, l -> CompletableFuture.completedFuture(compute(l)));
  }

  private static String locationOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    return source == null || source.getLocation() == null ? type.getName() : location(source);
  }

  private static String location(CodeSource source) {
    try {
      return Path.of(source.getLocation().toURI()).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return source.getLocation().toString();
    }
  }

  private static byte[] compute(String location) {
    Optional<byte[]> jar = jarDigest(Path.of(location));
    if (jar.isPresent()) {
      return jar.get();
    }
    MessageDigest digest = Hashes.sha256();
    describe(Path.of(location)).forEach(line -> digest.update(MacKey.utf8(line + "\n")));
    return digest.digest();
  }

  private static Optional<byte[]> jarDigest(Path location) {
    try {
      return Files.isRegularFile(location) ? JarDirectory.digest(location) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // described entry by entry, or stamped as unreadable
    }
  }

  private static List<String> describe(Path location) {
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        return files.filter(Files::isRegularFile).sorted().map(BuildFingerprint::stamp).toList();
      } catch (IOException | UncheckedIOException e) {
        return List.of(location + " unreadable " + System.nanoTime()); // never matches again
      }
    }
    return Files.isRegularFile(location) ? jarEntries(location) : List.of(location.toString());
  }

  private static List<String> jarEntries(Path jar) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.stream().map(e -> e.getName() + " " + e.getCrc() + " " + e.getSize()).toList();
    } catch (IOException e) {
      return List.of(stamp(jar));
    }
  }

  private static String stamp(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return file + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
    } catch (IOException e) {
      return file + " unreadable " + System.nanoTime();
    }
  }
}
