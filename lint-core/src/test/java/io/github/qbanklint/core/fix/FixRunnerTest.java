package io.github.qbanklint.core.fix;

import static io.github.qbanklint.core.fix.PosixTestFiles.inode;
import static io.github.qbanklint.core.fix.PosixTestFiles.links;
import static io.github.qbanklint.core.fix.PosixTestFiles.mode;
import static io.github.qbanklint.core.fix.PosixTestFiles.setMode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Fix;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixRunnerTest {
  @TempDir Path dir;

  /** Fixes every "teh" to "the"; overlapping "tehteh" needs two fixes side by side. */
  static final class TypoRule implements Rule {
    private static final RuleMeta META =
        RuleMeta.builder("typo")
            .family("test")
            .summary("teh")
            .severity(Severity.WARNING)
            .fixable()
            .build();

    @Override
    public RuleMeta meta() {
      return META;
    }

    @Override
    public void check(DocumentContext context) {
      String text = context.document().text();
      for (int i = text.indexOf("teh"); i >= 0; i = text.indexOf("teh", i + 1)) {
        context.report(i, i + 3, "typo", Fix.replace("spell it", i, i + 3, "the"));
      }
    }
  }

  /** Reports without a fix, so something remains after fixing. */
  static final class NoteRule implements Rule {
    private static final RuleMeta META =
        RuleMeta.builder("note").family("test").summary("note").severity(Severity.INFO).build();

    @Override
    public RuleMeta meta() {
      return META;
    }

    @Override
    public void check(DocumentContext context) {
      context.report(0, 1, "a note");
    }
  }

  private FixRunner runner(List<String> ids) {
    return new FixRunner(
        new RuleRegistry(List.of(new TypoRule(), new NoteRule())),
        Config.defaults(),
        ids::contains);
  }

  @Test
  void fixesWritesAndASecondRunChangesNothing() throws IOException {
    Path file = dir.resolve("a.md");
    Files.writeString(file, "\uFEFFteh cat\r\nand teh dog\r\n", StandardCharsets.UTF_8);

    List<FixRunner.FileResult> first = runner(List.of("typo")).run(List.of(file), dir, false);

    assertThat(first)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(FixRunner.Status.FIXED);
              assertThat(r.appliedFixes()).isEqualTo(2);
              assertThat(r.remaining()).isEmpty();
            });
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo("\uFEFFthe cat\r\nand the dog\r\n");
    assertThat(runner(List.of("typo")).run(List.of(file), dir, false))
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(FixRunner.Status.UNCHANGED));
  }

  @Test
  void dryRunPrintsADiffAndWritesNothing() throws IOException {
    Path file = dir.resolve("a.md");
    Files.writeString(file, "teh cat\n");

    List<FixRunner.FileResult> results = runner(List.of("typo")).run(List.of(dir), dir, true);

    assertThat(results)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(FixRunner.Status.WOULD_FIX);
              assertThat(r.diff())
                  .isEqualTo("--- a/a.md\n+++ b/a.md\n@@ -1 +1 @@\n-teh cat\n+the cat\n");
            });
    assertThat(Files.readString(file)).isEqualTo("teh cat\n");
  }

  @Test
  void onlyTheChosenRulesAreFixedAndTheirRemainingFindingsReported() throws IOException {
    Path file = dir.resolve("a.md");
    Files.writeString(file, "teh cat\n");

    List<FixRunner.FileResult> results = runner(List.of("note")).run(List.of(file), dir, false);

    assertThat(results)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(FixRunner.Status.UNCHANGED);
              assertThat(r.remaining()).extracting(f -> f.ruleId()).containsExactly("note");
            });
    assertThat(Files.readString(file)).isEqualTo("teh cat\n");
  }

  @Test
  void aFileThatIsNotUtf8IsReportedNotTouched() throws IOException {
    Path file = dir.resolve("a.md");
    byte[] gbk = {(byte) 0xc4, (byte) 0xe3, 'x', '\n'};
    Files.write(file, gbk);
    assertThat(runner(List.of("typo")).run(List.of(file), dir, false))
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(FixRunner.Status.UNREADABLE));
    assertThat(Files.readAllBytes(file)).isEqualTo(gbk);
  }

  /** Fixes {@code paths} with {@code root} as the workspace root, every rule's fixes. */
  private List<FixRunner.FileResult> fixIn(Path root, boolean dryRun, Path... paths) {
    LintRequest request =
        new LintRequest(List.of(paths), root, Config.defaults(), 1, Optional.of(root));
    return runner(List.of("typo", "note")).run(request, dryRun);
  }

  private static void assertRefused(List<FixRunner.FileResult> results, String reason) {
    assertThat(results)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(FixRunner.Status.REFUSED);
              assertThat(r.problem()).contains(reason);
              assertThat(r.appliedFixes()).isZero();
              assertThat(r.diff()).isEmpty();
            });
  }

  @Test
  void throughASymlinkInsideTheRootTheTargetIsFixedAndTheLinkKept() throws IOException {
    Path target =
        Files.writeString(Files.createDirectory(dir.resolve("real")).resolve("a.md"), "teh\n");
    Path link = Files.createSymbolicLink(dir.resolve("a.md"), Path.of("real", "a.md"));

    assertThat(fixIn(dir, false, link))
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(FixRunner.Status.FIXED));

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real", "a.md"));
    assertThat(Files.readString(target)).isEqualTo("the\n");
  }

  @Test
  void aSymlinkOutOfTheRootIsRefusedAndItsTargetNeverWritten() throws IOException {
    Path root = Files.createDirectory(dir.resolve("root"));
    Path target =
        Files.writeString(Files.createDirectory(dir.resolve("outside")).resolve("a.md"), "teh\n");
    Path link = Files.createSymbolicLink(root.resolve("a.md"), target);

    assertRefused(fixIn(root, true, link), "points outside the workspace");
    assertRefused(fixIn(root, false, link), "points outside the workspace");

    assertThat(Files.readString(target)).isEqualTo("teh\n");
    assertThat(Files.readSymbolicLink(link)).isEqualTo(target);
  }

  @Test
  void aHardLinkedFileIsRefusedAndBothNamesKeepTheOneFile() throws IOException {
    Path file = Files.writeString(dir.resolve("a.md"), "teh\n");
    Path other = Files.createLink(dir.resolve("b.txt"), file);
    long inode = inode(file);

    assertRefused(fixIn(dir, false, file), "it has 2 hard links");

    assertThat(inode(file)).isEqualTo(inode);
    assertThat(inode(other)).isEqualTo(inode);
    assertThat(links(file)).isEqualTo(2);
    assertThat(Files.readString(file)).isEqualTo("teh\n");
  }

  @Test
  void aReadOnlyFileIsRefusedAndLeftAsItWas() throws IOException {
    Path file = Files.writeString(dir.resolve("a.md"), "teh\n");
    setMode(file, "r--r--r--");
    long inode = inode(file);

    assertRefused(fixIn(dir, false, file), "it is read-only (mode r--r--r--)");

    assertThat(inode(file)).isEqualTo(inode);
    assertThat(mode(file)).isEqualTo("r--r--r--");
    assertThat(Files.readString(file)).isEqualTo("teh\n");
  }

  @Test
  void aFileInAReadOnlyDirectoryIsRefusedWithoutATemporaryFile() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Path file = Files.writeString(sub.resolve("a.md"), "teh\n");
    setMode(sub, "r-xr-xr-x");
    try {
      assertRefused(fixIn(dir, false, file), "its directory " + sub.toRealPath() + " is read-only");
      try (Stream<Path> files = Files.list(sub)) {
        assertThat(files).containsExactly(file);
      }
      assertThat(Files.readString(file)).isEqualTo("teh\n");
    } finally {
      setMode(sub, "rwxr-xr-x");
    }
  }

  @Test
  void theOtherFilesAreFixedAfterARefusalAndTheRefusedFileKeepsAllItsFindings() throws IOException {
    Path readOnly = Files.writeString(dir.resolve("a.md"), "teh teh\n");
    Path writable = Files.writeString(dir.resolve("b.md"), "teh\n");
    setMode(readOnly, "r--r--r--");

    List<FixRunner.FileResult> results = fixIn(dir, false, dir);

    assertThat(results)
        .extracting(FixRunner.FileResult::path, FixRunner.FileResult::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a.md", FixRunner.Status.REFUSED),
            org.assertj.core.groups.Tuple.tuple("b.md", FixRunner.Status.FIXED));
    assertThat(results.get(0).remaining())
        .extracting(f -> f.ruleId())
        .containsExactlyInAnyOrder("typo", "typo", "note");
    assertThat(Files.readString(writable)).isEqualTo("the\n");
    assertThat(FixSummary.of(results).line(false))
        .isEqualTo("fixed 1 problem in 1 file; refused 1 file; 4 findings left");
  }
}
