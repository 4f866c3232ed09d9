package io.github.qbanklint.rules.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.rules.testing.RuleFixtureTest;
import io.github.qbanklint.rules.testing.RuleHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeConflictMarkerRuleTest extends RuleFixtureTest {

  @Test
  void positionsAreTheSameWithABomAndCrlfLineEndings(@TempDir Path dir) throws Exception {
    String lf = "<<<<<<< HEAD\n😀 ours\n=======\ntheirs\n>>>>>>> 分支\n";
    Files.writeString(dir.resolve("lf.md"), lf, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("crlf.md"), "\uFEFF" + lf.replace("\n", "\r\n"), StandardCharsets.UTF_8);

    assertThat(RuleHarness.lintDirectory(new MergeConflictMarkerRule(), dir, "").findings())
        .extracting(f -> f.path() + "@" + f.line() + ":" + f.column() + "-" + f.endColumn())
        .containsExactly(
            "crlf.md@1:1-13",
            "crlf.md@3:1-8",
            "crlf.md@5:1-11",
            "lf.md@1:1-13",
            "lf.md@3:1-8",
            "lf.md@5:1-11");
  }

  @Test
  void theMessageSaysWhereTheConflictIsAndWhatToDo() {
    String text = "a\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> topic\n";
    assertThat(RuleHarness.lint(new MergeConflictMarkerRule(), text))
        .extracting(Finding::message)
        .first()
        .isEqualTo(
            "merge-conflict marker '<<<<<<< HEAD' in an unresolved conflict (lines 2-6): keep"
                + " the text that should stay, delete the other side and every marker line"
                + " (<<<<<<<, |||||||, =======, >>>>>>>), then lint again.");
  }
}
