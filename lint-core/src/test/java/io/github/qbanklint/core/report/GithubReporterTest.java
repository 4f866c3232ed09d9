package io.github.qbanklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.testing.Workspaces;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubReporterTest {
  private static final Pattern COMMAND =
      Pattern.compile("::(error|warning|notice) file=([^,]+),line=(\\d+),col=(\\d+),.*::(.*)");

  @TempDir Path dir;

  @Test
  void writesOneWorkflowCommandPerFindingWithFileLineAndColumn() {
    Workspaces.write(dir, "docs/bank.md", "## S\n\n### Q1: What?\n\n### Q2: Cost?\n价格 $1\n");
    LintResult result = Workspaces.lint(dir);

    List<String> lines =
        Workspaces.render(new GithubReporter(), result, Workspaces.context(dir)).lines().toList();

    assertThat(lines)
        .containsExactly(
            "::error file=docs/bank.md,line=3,col=1,endLine=3,endColumn=14,title=test-unanswered"
                + "::question 'Q1' has no answer",
            "::warning file=docs/bank.md,line=6,col=4,endLine=6,endColumn=5,title=test-dollar"
                + "::a dollar sign, with \"quotes\" <and> %25, : and ,",
            TextReporter.summary(result));
  }

  @Test
  void escapesDataAndPropertiesAsGithubDoes() {
    assertThat(GithubReporter.data("50% done\r\nnext: a,b")).isEqualTo("50%25 done%0D%0Anext: a,b");
    assertThat(GithubReporter.property("C:\\a,b%.md")).isEqualTo("C%3A\\a%2Cb%25.md");
  }

  @Test
  void everyFindingOfTheExampleBankIsAnnotatedAtItsPosition() {
    Workspaces.write(dir, "README.md", Workspaces.exampleBankText());
    LintResult result = Workspaces.lint(dir);

    List<String> lines =
        Workspaces.render(new GithubReporter(), result, Workspaces.context(dir)).lines().toList();

    assertThat(lines).hasSize(result.findings().size() + 1);
    for (int i = 0; i < result.findings().size(); i++) {
      Finding f = result.findings().get(i);
      Matcher m = COMMAND.matcher(lines.get(i));
      assertThat(m.matches()).as(lines.get(i)).isTrue();
      assertThat(m.group(2)).isEqualTo("README.md");
      assertThat(Integer.parseInt(m.group(3))).isEqualTo(f.line());
      assertThat(Integer.parseInt(m.group(4))).isEqualTo(f.column());
    }
  }
}
