package io.github.qbanklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.ProjectLinks;
import io.github.qbanklint.core.report.testing.Workspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReporterTest {
  @TempDir Path dir;

  @Test
  void summarisesCountsByRuleTopFilesAndUnansweredQuestions() {
    Workspaces.write(dir, "a.md", "## S\n\n### Q1: What?\n\n### Q2: Cost?\n$1 and $2\n");
    Workspaces.write(dir, "b_c.md", "## S\n\n### Q1: Fine?\n$\n");

    String md =
        Workspaces.render(new MarkdownReporter(), Workspaces.lint(dir), Workspaces.context(dir));

    assertThat(md)
        .startsWith("## qbank-lint\n\n❌ 2 files checked: 1 error, 3 warnings, 0 info;")
        .contains(
            "| [test-dollar]("
                + ProjectLinks.BUILD.rule("test-dollar")
                + ") | warning | 3 |\n"
                + "| [test-unanswered]("
                + ProjectLinks.BUILD.rule("test-unanswered")
                + ") | error | 1 |")
        .contains("| a.md | 1 | 2 | 0 |\n| b\\_c.md | 0 | 1 | 0 |")
        .contains("1 of 3 questions have no answer yet.")
        .contains("| a.md | 1 | 1/2 |");
  }

  @Test
  void aCleanRunIsOneLine() {
    Workspaces.write(dir, "a.md", "## S\n\n### Q1: What?\nThis.\n");

    String md =
        Workspaces.render(new MarkdownReporter(), Workspaces.lint(dir), Workspaces.context(dir));

    assertThat(md)
        .isEqualTo(
            "## qbank-lint\n\n✅ 1 file checked: 0 errors, 0 warnings, 0 info; 1/1 questions"
                + " answered\n");
  }
}
