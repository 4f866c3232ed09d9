package io.github.qbanklint.core.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.qbanklint.core.api.LinkSettings;
import io.github.qbanklint.core.cache.CacheOptions;
import io.github.qbanklint.core.config.ConfigException;
import io.github.qbanklint.core.config.ConfigLoader;
import io.github.qbanklint.core.config.ConfigOrigin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The remote-link cache cannot be poisoned by the repository: it lives in the user cache, signed,
 * and the workspace file of older versions is imported once, only when git does not track it and it
 * is a regular file inside the workspace (the linted repository is untrusted input).
 */
class CacheFileSafetyTest {
  @TempDir Path dir;
  private Path root;

  @BeforeEach
  void workspace() throws Exception {
    root = Files.createDirectories(dir.resolve("workspace"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"../../x", "/etc/passwd", "a/../../b.json", "..", "\\\\\\\\host\\\\share"})
  void aCacheFileOutsideTheWorkspaceIsAConfigErrorNamingTheKey(String path) {
    assertThatThrownBy(
            () ->
                ConfigLoader.parse(
                    dir.resolve(".qbank-lint.yml"),
                    "links:\n  remote: true\n  cacheFile: '" + path + "'\n",
                    ConfigOrigin.FOUND))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.describe())
                    .contains(".qbank-lint.yml:3:14: links.cacheFile: '")
                    .contains("leads outside the workspace")
                    .doesNotContain("io.github")
                    .doesNotContain("Cannot construct"));
  }

  @Test
  void aTrustedOldWorkspaceFileIsImportedOnceAndNeverWritten() throws Exception {
    server = new LoopbackServer((path, earlier) -> LoopbackServer.Reply.status(200));
    Path legacy = legacyFile(root, server.url("/a"));
    byte[] before = Files.readAllBytes(legacy);
    FileTime modified = Files.getLastModifiedTime(legacy);

    check(files(legacy, p -> false), "/a");
    assertThat(server.requests()).isZero();
    assertThat(Files.readAllBytes(legacy)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(legacy)).isEqualTo(modified);
    assertThat(files(legacy, p -> false).signed().orElseThrow().path()).isRegularFile();

    legacyFile(root, server.url("/b")); // read once: a later edit is not imported
    check(files(legacy, p -> false), "/b");
    check(files(legacy, p -> false), "/a");
    assertThat(server.requests()).isEqualTo(1);
    assertThat(server.requests("/b")).isEqualTo(1);
  }

  @Test
  void anOldWorkspaceFileThatGitTracksIsNeverRead() throws Exception {
    server = new LoopbackServer((path, earlier) -> LoopbackServer.Reply.status(200));
    Path legacy = legacyFile(root, server.url("/a"));
    check(files(legacy, legacy::equals), "/a");
    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void anOldWorkspaceFileLinkedOutOfTheWorkspaceIsNeverRead() throws Exception {
    server = new LoopbackServer((path, earlier) -> LoopbackServer.Reply.status(200));
    Path outside = legacyFile(Files.createDirectories(dir.resolve("outside")), server.url("/a"));
    Path link = Files.createSymbolicLink(root.resolve(".qbank-lint-cache.json"), outside);
    check(files(link, p -> false), "/a");
    assertThat(server.requests()).isEqualTo(1);
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void anOldFileOutsideTheWorkspaceNamedByAConfigIsNeverRead() throws Exception {
    server = new LoopbackServer((path, earlier) -> LoopbackServer.Reply.status(200));
    Path outside = legacyFile(Files.createDirectories(dir.resolve("elsewhere")), server.url("/a"));
    byte[] before = Files.readAllBytes(outside);
    check(files(outside, p -> false), "/a");
    assertThat(server.requests()).isEqualTo(1);
    assertThat(Files.readAllBytes(outside)).isEqualTo(before);
  }

  @Test
  void aTamperedEntryIsIgnoredWithANote() throws Exception {
    server = new LoopbackServer((path, earlier) -> LoopbackServer.Reply.status(200));
    List<String> notes = new ArrayList<>();
    RemoteCacheFiles files = files(Optional.empty(), p -> false, notes);
    check(files, "/aa");
    Path signed = files.signed().orElseThrow().path();
    String bytes = new String(Files.readAllBytes(signed), StandardCharsets.ISO_8859_1);
    Files.write(signed, bytes.replace("/aa", "/ab").getBytes(StandardCharsets.ISO_8859_1));

    check(files(Optional.empty(), p -> false, notes), "/ab");
    assertThat(server.requests("/ab")).isEqualTo(1);
    assertThat(notes)
        .singleElement()
        .asString()
        .contains("1 of its entries are not signed with this user's key");
  }

  @Test
  void withCachingOffNothingIsKeptOrImported() throws Exception {
    server = new LoopbackServer((path, earlier) -> LoopbackServer.Reply.status(200));
    Path legacy = legacyFile(root, server.url("/a"));
    RemoteCacheFiles off = RemoteCacheFiles.of(CacheOptions.off(), true, root, Optional.of(legacy));
    check(off, "/a");
    check(off, "/a");
    RemoteCacheFiles configOff =
        RemoteCacheFiles.of(TestCaches.options(dir), false, root, Optional.of(legacy));
    check(configOff, "/a");
    assertThat(server.requests()).isEqualTo(3);
    assertThat(dir.resolve("user-cache")).doesNotExist();
  }

  @Test
  void theSignedFileIsOwnerOnlyAndOutsideTheWorkspace() throws Exception {
    server = new LoopbackServer((path, earlier) -> LoopbackServer.Reply.status(200));
    RemoteCacheFiles files = files(Optional.empty(), p -> false, new ArrayList<>());
    check(files, "/a");
    Path signed = files.signed().orElseThrow().path();
    assertThat(signed.startsWith(root)).isFalse();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(signed)))
        .isEqualTo("rw-------");
  }

  private LoopbackServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private RemoteCacheFiles files(Path legacy, Predicate<Path> tracked) {
    return files(Optional.of(legacy), tracked, new ArrayList<>());
  }

  private RemoteCacheFiles files(
      Optional<Path> legacy, Predicate<Path> tracked, List<String> notes) {
    return RemoteCacheFiles.of(
        new CacheOptions(true, dir.resolve("user-cache"), Optional.empty(), tracked, notes::add),
        true,
        root,
        legacy);
  }

  private void check(RemoteCacheFiles files, String path) {
    LinkSettings settings = LinkSettings.defaults().withRemote(true).withAllowPrivate(true);
    new RemoteLinkService(settings, files, RemoteProgress.NONE).check(List.of(server.url(path)));
  }

  /** A cache file as older versions wrote it, saying {@code url} was found alive just now. */
  private static Path legacyFile(Path directory, String url) throws Exception {
    return Files.writeString(
        directory.resolve(".qbank-lint-cache.json"),
        "{\"tool\": \"qbank-lint remote-link cache\", \"version\": 1, \"entries\": {\""
            + url
            + "\": {\"status\": 200, \"checkedAt\": "
            + Instant.now().toEpochMilli()
            + "}}}",
        StandardCharsets.UTF_8);
  }
}
