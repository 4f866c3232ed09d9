package io.github.qbanklint.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Fix;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.engine.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
