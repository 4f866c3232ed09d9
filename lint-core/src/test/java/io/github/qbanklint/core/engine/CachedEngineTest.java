package io.github.qbanklint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.cache.CacheOptions;
import io.github.qbanklint.core.cache.FileStamp;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.document.DocumentLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second run reads unchanged files' results from the cache; a fixing run never does. */
class CachedEngineTest {
  @TempDir Path workspace;
  @TempDir Path userCache;
  private final ShoutRule rule = new ShoutRule();
  private final List<String> notes = new ArrayList<>();

  private LintEngine cached() {
    return new LintEngine(new RuleRegistry(List.of(rule)))
        .forChecking(new CacheOptions(true, userCache, Optional.empty(), p -> false, notes::add));
  }

  private LintResult run(LintEngine engine) {
    return engine.run(new LintRequest(List.of(workspace), workspace, Config.defaults(), 2));
  }

  @Test
  void unchangedFilesAreNotCheckedAgain() throws IOException {
    Files.writeString(workspace.resolve("a.md"), "# A\n\nBAD\n");
    Files.writeString(workspace.resolve("b.md"), "# B\n\nfine\n");
    LintResult first = run(cached());
    assertThat(rule.checked).containsExactlyInAnyOrder("a.md", "b.md");

    rule.checked.clear();
    Files.writeString(workspace.resolve("b.md"), "# B\n\nBAD now\n");
    LintResult second = run(cached());
    assertThat(rule.checked).containsExactly("b.md");
    assertThat(second.findings()).hasSize(2);
    assertThat(second.findings().get(0)).isEqualTo(first.findings().get(0));
    assertThat(notes).isEmpty();
  }

  @Test
  void aRunReportingSomeFilesStillCachesTheOthersWithTheirFindings() throws IOException {
    Files.writeString(workspace.resolve("a.md"), "# A\n\nBAD\n");
    Files.writeString(workspace.resolve("b.md"), "# B\n\nBAD\n");
    LintRequest request = new LintRequest(List.of(workspace), workspace, Config.defaults(), 2);

    LintResult scoped = cached().run(request.reportingOnly(java.util.Set.of("a.md")));
    assertThat(scoped.findings()).extracting(f -> f.path()).containsExactly("a.md");
    assertThat(rule.checked).containsExactlyInAnyOrder("a.md", "b.md");

    rule.checked.clear();
    LintResult whole = run(cached());
    assertThat(rule.checked).isEmpty();
    assertThat(whole.findings()).extracting(f -> f.path()).containsExactly("a.md", "b.md");
  }

  @Test
  void aRuleFailingOnAFileThatIsNotReportedIsStillReported() throws IOException {
    Files.writeString(workspace.resolve("a.md"), "# A\n");
    Files.writeString(workspace.resolve("b.md"), "# B\n\nCRASH\n");
    LintEngine engine = new LintEngine(new RuleRegistry(List.of(new CrashRule())));

    LintResult scoped =
        engine.run(
            new LintRequest(List.of(workspace), workspace, Config.defaults(), 1)
                .reportingOnly(java.util.Set.of("a.md")));

    assertThat(scoped.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.path()).isEqualTo("b.md"))
        .satisfies(f -> assertThat(LintResult.isInternalError(f)).isTrue());
  }

  @Test
  void aFixingRunChecksEveryFileAndKeepsItsFixes() throws IOException {
    Files.writeString(workspace.resolve("a.md"), "# A\n\nBAD\n");
    run(cached());
    rule.checked.clear();
    LintResult fixing = run(cached().withFixes());
    assertThat(rule.checked).containsExactly("a.md");
    assertThat(fixing.findings()).singleElement().satisfies(f -> assertThat(f.fix()).isPresent());
  }

  @Test
  void theConfigurationCanTurnTheCacheOff() throws IOException {
    Files.writeString(workspace.resolve("a.md"), "# A\n\nBAD\n");
    Config off =
        new Config(
            Optional.empty(),
            Config.DEFAULT_INCLUDE,
            List.of(),
            Config.DEFAULT_MAX_FILE_BYTES,
            Config.defaults().conventions(),
            java.util.Map.of(),
            Config.defaults().settings(),
            false);
    LintEngine engine = cached();
    engine.run(new LintRequest(List.of(workspace), workspace, off, 1));
    engine.run(new LintRequest(List.of(workspace), workspace, off, 1));
    assertThat(rule.checked).containsExactly("a.md", "a.md");
    assertThat(userCache).isEmptyDirectory();
  }

  /** The disk, counting the files whose bytes are read. */
  private static final class CountingDisk implements ByteSource {
    private final DiskSource disk = new DiskSource(Config.defaults().documentLoader());
    final List<String> read = new ArrayList<>();

    @Override
    public synchronized DocumentLoader.Read read(SourceFile file) {
      read.add(file.relativePath());
      return disk.read(file);
    }

    @Override
    public DocumentLoader.Result decode(SourceFile file, byte[] bytes) {
      return disk.decode(file, bytes);
    }

    @Override
    public Optional<byte[]> stamp(SourceFile file) {
      return disk.stamp(file);
    }
  }

  @Test
  void aFileNotWrittenSinceItsResultWasStoredIsNotReadAgain() throws Exception {
    Path a = Files.writeString(workspace.resolve("a.md"), "# A\n\nBAD\n");
    FileTime written = Files.getLastModifiedTime(a);
    Thread.sleep(FileStamp.SETTLED.toMillis() + 200); // only a settled file has a stamp
    CountingDisk disk = new CountingDisk();
    LintResult first = cached().run(request(), disk);
    LintResult second = cached().run(request(), disk);
    assertThat(disk.read).as("the second run trusts the stamp").containsExactly("a.md");
    assertThat(second.findings()).isEqualTo(first.findings());

    // Same size, same modification time, other bytes: the change time still tells.
    Files.writeString(a, "# A\n\nbad\n");
    Files.setLastModifiedTime(a, written);
    rule.checked.clear();
    assertThat(cached().run(request(), disk).findings()).isEmpty();
    assertThat(rule.checked).containsExactly("a.md");
  }

  private LintRequest request() {
    return new LintRequest(List.of(workspace), workspace, Config.defaults(), 2);
  }
}
