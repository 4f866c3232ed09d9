package io.github.qbanklint.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {
  @TempDir Path base;
  private Path userCache;
  private Path root;
  private final List<String> notes = new ArrayList<>();

  @BeforeEach
  void setUp() throws IOException {
    userCache = base.resolve("user/qbank-lint");
    root = Files.createDirectories(base.resolve("workspace"));
  }

  @Test
  void aSavedEntryIsFoundAgainForTheSameBytesOnly() throws IOException {
    saveEntries("a.md", "b.md");
    ResultCache cache = open("build", "config").orElseThrow();
    assertThat(cache.find("a.md", hash("a.md"), Optional.empty()))
        .hasValueSatisfying(p -> payloadOf("a.md", p));
    assertThat(cache.find("b.md", hash("changed"), Optional.empty())).isEmpty();
    cache.store("b.md", hash("changed"), Optional.empty(), payload("b.md"));
    assertThat(cache.summary()).startsWith("results of 1 of 2 files reused from the cache ");
    assertThat(notes).isEmpty();
  }

  @Test
  void anEntryWithABadMacIsIgnoredWithOneNote() throws IOException {
    saveEntries("a.md", "b.md");
    byte[] bytes = Files.readAllBytes(resultsFile());
    int at = indexOf(bytes, "payload of b.md".getBytes(StandardCharsets.UTF_8));
    bytes[at] ^= 1;
    Files.write(resultsFile(), bytes);
    ResultCache cache = open("build", "config").orElseThrow();
    assertThat(cache.find("a.md", hash("a.md"), Optional.empty())).isPresent();
    assertThat(cache.find("b.md", hash("b.md"), Optional.empty())).isEmpty();
    assertThat(notes).singleElement().asString().contains("1 of its entries are not signed");
  }

  @Test
  void entriesSignedWithAnotherKeyAreIgnored() throws IOException {
    saveEntries("a.md");
    Files.delete(userCache.resolve("mac-key"));
    assertThat(open("build", "config").orElseThrow().find("a.md", hash("a.md"), Optional.empty()))
        .isEmpty();
    assertThat(notes).singleElement().asString().contains("not signed with this user's key");
  }

  @Test
  void aTruncatedFileIsIgnoredAndRebuilt() throws IOException {
    saveEntries("a.md", "b.md");
    byte[] bytes = Files.readAllBytes(resultsFile());
    Files.write(resultsFile(), Arrays.copyOf(bytes, bytes.length - 10));
    ResultCache cache = open("build", "config").orElseThrow();
    assertThat(cache.find("a.md", hash("a.md"), Optional.empty())).isEmpty();
    assertThat(notes)
        .containsExactly(
            "note: the cache " + resultsFile() + " is ignored: it is truncated; it is rebuilt");
    cache.store("a.md", hash("a.md"), Optional.empty(), payload("a.md"));
    cache.save(p -> true);
    notes.clear();
    assertThat(open("build", "config").orElseThrow().find("a.md", hash("a.md"), Optional.empty()))
        .isPresent();
    assertThat(notes).isEmpty();
  }

  @Test
  void aFileOfAnotherBuildIsIgnoredWithANote() throws IOException {
    saveEntries("a.md");
    assertThat(
            open("other build", "config")
                .orElseThrow()
                .find("a.md", hash("a.md"), Optional.empty()))
        .isEmpty();
    assertThat(notes).singleElement().asString().contains("another build of qbank-lint wrote it");
  }

  @Test
  void anotherConfigurationStartsAfreshWithoutANote() throws IOException {
    saveEntries("a.md");
    assertThat(
            open("build", "other config")
                .orElseThrow()
                .find("a.md", hash("a.md"), Optional.empty()))
        .isEmpty();
    assertThat(notes).isEmpty();
  }

  @Test
  void aForeignFileIsIgnoredWithANote() throws IOException {
    Files.createDirectories(resultsFile().getParent());
    Files.writeString(resultsFile(), "{\"results\": \"all clean\"}");
    assertThat(open("build", "config").orElseThrow().find("a.md", hash("a.md"), Optional.empty()))
        .isEmpty();
    assertThat(notes).singleElement().asString().contains("is not a qbank-lint results cache");
  }

  @Test
  void theDefaultFolderIsOutsideTheWorkspaceOnePerRoot() {
    Path home = base.resolve("home");
    Path user = CacheLocation.userCache(Map.of(), home.toString());
    assertThat(user).isEqualTo(home.resolve(".cache/qbank-lint"));
    CacheLocation location = CacheLocation.of(user, root, Optional.empty());
    assertThat(location.directory().startsWith(user)).isTrue();
    assertThat(location.directory().startsWith(root)).isFalse();
    assertThat(location.keyFile().startsWith(root)).isFalse();
    assertThat(CacheLocation.of(user, base.resolve("other"), Optional.empty()).directory())
        .isNotEqualTo(location.directory());
    Path xdg = base.resolve("xdg");
    assertThat(CacheLocation.userCache(Map.of("XDG_CACHE_HOME", xdg.toString()), home.toString()))
        .isEqualTo(xdg.resolve("qbank-lint"));
    assertThat(CacheLocation.userCache(Map.of("XDG_CACHE_HOME", "relative"), home.toString()))
        .isEqualTo(home.resolve(".cache/qbank-lint"));
  }

  @Test
  void aKeyThatGitTracksIsNeverUsed() {
    Path inside = root.resolve(".cache/qbank-lint");
    CacheLocation location = CacheLocation.of(inside, root, Optional.empty());
    Predicate<Path> tracked = p -> p.equals(location.keyFile());
    assertThat(ResultCache.open(location, root, "build", "config", tracked, notes::add)).isEmpty();
    assertThat(notes).singleElement().asString().contains("mac-key is tracked by git");
  }

  @Test
  void aCacheFileThatGitTracksIsNeverRead() throws IOException {
    CacheLocation chosen = CacheLocation.of(userCache, root, Optional.of(Path.of(".qbank-cache")));
    ResultCache untracked =
        ResultCache.open(chosen, root, "build", "config", p -> false, notes::add).orElseThrow();
    untracked.store("a.md", hash("a.md"), Optional.empty(), payload("a.md"));
    untracked.save(p -> true);
    assertThat(chosen.resultsFile().startsWith(root)).isTrue();
    assertThat(chosen.resultsFile()).exists();
    List<Path> asked = new ArrayList<>();
    Predicate<Path> tracked =
        p -> {
          asked.add(p);
          return true;
        };
    assertThat(ResultCache.open(chosen, root, "build", "config", tracked, notes::add)).isEmpty();
    assertThat(asked).containsExactly(chosen.resultsFile());
    assertThat(notes).singleElement().asString().contains("is tracked by git");
  }

  @Test
  void savingDropsDeletedFilesKeepsOthersAndStaysInItsBound() throws IOException {
    saveEntries("a.md", "b.md", "c.md");
    ResultCache cache = open("build", "config").orElseThrow();
    cache.find("a.md", hash("a.md"), Optional.empty());
    cache.save(path -> !path.equals("c.md")); // c.md was deleted; b.md not linted this run
    ResultCache reopened = open("build", "config").orElseThrow();
    assertThat(reopened.find("a.md", hash("a.md"), Optional.empty())).isPresent();
    assertThat(reopened.find("b.md", hash("b.md"), Optional.empty())).isPresent();
    assertThat(reopened.find("c.md", hash("c.md"), Optional.empty())).isEmpty();

    long bound = Files.size(resultsFile()) + 50;
    ResultCache bounded =
        ResultCache.open(location(), root, "build", "config", p -> false, notes::add, bound)
            .orElseThrow();
    for (String path : List.of("d.md", "e.md", "f.md")) {
      bounded.store(path, hash(path), Optional.empty(), payload(path));
    }
    bounded.save(p -> true);
    assertThat(Files.size(resultsFile())).isLessThanOrEqualTo(bound);
    ResultCache after =
        ResultCache.open(location(), root, "build", "config", p -> false, notes::add, bound)
            .orElseThrow();
    assertThat(after.find("d.md", hash("d.md"), Optional.empty()))
        .as("this run's entries come first")
        .isPresent();
    assertThat(notes).isEmpty();
  }

  @Test
  void theKeyAndTheFilesAreTheOwnersOnlyAndNoTemporaryFileStays() throws IOException {
    saveEntries("a.md");
    try (Stream<Path> files = Files.list(resultsFile().getParent())) {
      assertThat(files).containsExactly(resultsFile());
    }
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(userCache)))
          .isEqualTo("rwx------");
      for (Path file : List.of(userCache.resolve("mac-key"), resultsFile())) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
            .isEqualTo("rw-------");
      }
    }
  }

  @Test
  void theContentDigestIsKeyedByTheUsersSecret() throws IOException {
    byte[] bytes = "# A\n".getBytes(StandardCharsets.UTF_8);
    byte[] mine = open("build", "config").orElseThrow().contentHash(bytes);
    assertThat(open("build", "config").orElseThrow().contentHash(bytes)).isEqualTo(mine);
    assertThat(
            open("build", "config")
                .orElseThrow()
                .contentHash("# B\n".getBytes(StandardCharsets.UTF_8)))
        .isNotEqualTo(mine);
    userCache = base.resolve("another user/qbank-lint");
    assertThat(open("build", "config").orElseThrow().contentHash(bytes))
        .as("another key digests the same bytes otherwise")
        .isNotEqualTo(mine);
  }

  @Test
  void anEntryStoredWithAStampIsFoundByItWithoutTheBytes() throws IOException {
    ResultCache first = open("build", "config").orElseThrow();
    first.store("a.md", hash("a.md"), Optional.of(stamp(1)), payload("a.md"));
    first.save(p -> true);
    ResultCache second = open("build", "config").orElseThrow();
    assertThat(second.findUnchanged("a.md", stamp(2))).isEmpty();
    assertThat(second.findUnchanged("a.md", stamp(1)))
        .hasValueSatisfying(p -> payloadOf("a.md", p));
    assertThat(second.summary()).startsWith("results of 1 of 1 files reused");
  }

  @Test
  void aHitByTheBytesKeepsTheFilesNewStamp() throws IOException {
    ResultCache first = open("build", "config").orElseThrow();
    first.store("a.md", hash("a.md"), Optional.empty(), payload("a.md"));
    first.save(p -> true);
    ResultCache touched = open("build", "config").orElseThrow();
    assertThat(touched.findUnchanged("a.md", stamp(3))).isEmpty();
    assertThat(touched.find("a.md", hash("a.md"), Optional.of(stamp(3)))).isPresent();
    touched.save(p -> true);
    assertThat(open("build", "config").orElseThrow().findUnchanged("a.md", stamp(3))).isPresent();
  }

  private static byte[] stamp(int value) {
    byte[] stamp = new byte[40];
    Arrays.fill(stamp, (byte) value);
    return stamp;
  }

  private void saveEntries(String... paths) {
    ResultCache cache = open("build", "config").orElseThrow();
    for (String path : paths) {
      cache.store(path, hash(path), Optional.empty(), payload(path));
    }
    cache.save(p -> true);
  }

  private Optional<ResultCache> open(String build, String context) {
    return ResultCache.open(location(), root, build, context, p -> false, notes::add);
  }

  private CacheLocation location() {
    return CacheLocation.of(userCache, root, Optional.empty());
  }

  private Path resultsFile() {
    return location().resultsFile();
  }

  /** A stand-in for a content digest, as long as the cache's own. */
  private static byte[] hash(String content) {
    return Arrays.copyOf(Hashes.sha256(content), 8);
  }

  private static byte[] payload(String path) {
    return ("payload of " + path).getBytes(StandardCharsets.UTF_8);
  }

  private static void payloadOf(String path, byte[] payload) {
    assertThat(new String(payload, StandardCharsets.UTF_8)).isEqualTo("payload of " + path);
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    for (int i = 0; i + part.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }
}
