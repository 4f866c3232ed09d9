package io.github.qbanklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.testing.Workspaces;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReporterTest {
  @TempDir Path dir;

  @Test
  void printsTheFindingLineThenTheSourceLineAndACaretUnderTheColumn() {
    Workspaces.write(dir, "bank.md", "# 目录\n\n## 公司\n\n### 问题1：价格\n答案：价格是 $5 元\n");
    LintResult result = Workspaces.lint(dir);

    String text = Workspaces.render(new TextReporter(), result, Workspaces.context(dir));

    List<String> lines = text.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("bank.md:6:8  warning  test-dollar  " + result.findings().get(0).message());
    assertThat(lines.get(1)).isEqualTo("  6 | 答案：价格是 $5 元");
    // six wide characters and a space before the dollar: 13 cells
    assertThat(lines.get(2)).isEqualTo("    | " + " ".repeat(13) + "^");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("1 file checked: 0 errors, 1 warning, 0 info; 1/1 questions answered");
  }

  @Test
  void aFileWithThousandsOfFindingsKeepsThemInOrderWithTheirFrames() {
    StringBuilder bank = new StringBuilder();
    int count = 5_000; // more than one chunk of findings
    for (int i = 1; i <= count; i++) {
      bank.append("row ").append(i).append(" $\n");
    }
    Workspaces.write(dir, "bank.md", bank.toString());
    LintResult result = Workspaces.lint(dir);

    List<String> lines =
        Workspaces.render(new TextReporter(), result, Workspaces.context(dir)).lines().toList();

    assertThat(result.findings()).hasSize(count);
    for (int i = 1; i <= count; i++) {
      int at = (i - 1) * 3;
      String column = String.valueOf(String.valueOf(i).length() + 6);
      assertThat(lines.get(at)).startsWith("bank.md:" + i + ":" + column + "  ");
      assertThat(lines.get(at + 1)).isEqualTo("  " + i + " | row " + i + " $");
    }
  }

  @Test
  void aLargeFileBetweenSmallOnesIsSeparatedLikeAnyOther() {
    Workspaces.write(dir, "a.md", "a $\n");
    Workspaces.write(dir, "b.md", "b $\n".repeat(3_000));
    Workspaces.write(dir, "c.md", "c $\n");
    LintResult result = Workspaces.lint(dir);

    List<String> lines =
        Workspaces.render(new TextReporter(), result, Workspaces.context(dir)).lines().toList();

    assertThat(lines.subList(0, 4)).containsExactly(lines.get(0), "  1 | a $", "    |   ^", "");
    assertThat(lines.get(0)).startsWith("a.md:1:3  ");
    assertThat(lines.get(4)).startsWith("b.md:1:3  ");
    int afterB = 4 + 3 * 3_000;
    assertThat(lines.get(afterB - 3)).startsWith("b.md:3000:3  ");
    assertThat(lines.subList(afterB, afterB + 2)).containsExactly("", lines.get(afterB + 1));
    assertThat(lines.get(afterB + 1)).startsWith("c.md:1:3  ");
    assertThat(lines.get(afterB + 4)).isEmpty();
    assertThat(lines.get(afterB + 5)).startsWith("3 files checked");
  }

  @Test
  void underlinesTheWholeRangeOnOneLine() {
    Workspaces.write(dir, "bank.md", "## S\n\n### Q1: What?\n\n### Q2: Why?\nBecause.\n");
    LintResult result = Workspaces.lint(dir);

    String text = Workspaces.render(new TextReporter(), result, Workspaces.context(dir));

    assertThat(text)
        .contains(
            "bank.md:3:1  error  test-unanswered  question 'Q1' has no answer\n"
                    .replace("\n", System.lineSeparator())
                + "  3 | ### Q1: What?"
                + System.lineSeparator()
                + "    | ^^^^^^^^^^^^^");
  }

  @Test
  void coloursOnlyWhenAllowed() {
    Workspaces.write(dir, "bank.md", "a $ b\n");
    LintResult result = Workspaces.lint(dir);
    ReportContext plain = Workspaces.context(dir);
    ReportContext colour = new ReportContext(dir, true, plain.rules(), false);

    assertThat(Workspaces.render(new TextReporter(), result, plain)).doesNotContain("\u001b[");
    assertThat(Workspaces.render(new TextReporter(), result, colour))
        .contains("\u001b[33mwarning\u001b[0m")
        .contains("\u001b[33m  ^\u001b[0m");
  }

  @Test
  void skipsTheFrameWhenTheFileIsGone() throws Exception {
    Path file = Workspaces.write(dir, "bank.md", "a $ b\n");
    LintResult result = Workspaces.lint(dir);
    java.nio.file.Files.delete(file);

    String text = Workspaces.render(new TextReporter(), result, Workspaces.context(dir));

    assertThat(text.lines()).hasSize(3).first().asString().startsWith("bank.md:1:3  warning");
  }

  @Test
  void neverShowsWhatASymlinkOutOfTheWorkspacePointsTo(@TempDir Path outside) throws Exception {
    Path file = Workspaces.write(dir, "bank.md", "a $ b\n");
    LintResult result = Workspaces.lint(dir);
    Path secret = Workspaces.write(outside, "environ", "TOKEN=s3cr3t $\n");
    java.nio.file.Files.delete(file);
    java.nio.file.Files.createSymbolicLink(file, secret);

    String text = Workspaces.render(new TextReporter(), result, Workspaces.context(dir));

    assertThat(text).doesNotContain("s3cr3t");
    assertThat(text.lines()).hasSize(3).first().asString().startsWith("bank.md:1:3  warning");
  }

  @Test
  void cutsLongLinesAroundTheColumn() {
    String[] frame = CodeFrame.lines("x".repeat(300) + "$" + "y".repeat(300), 301, 302);

    assertThat(frame[0]).startsWith("…").endsWith("…").contains("$");
    assertThat(frame[1].indexOf('^')).isEqualTo(frame[0].indexOf('$'));
    assertThat(frame[0].length()).isLessThanOrEqualTo(102);
  }
}
