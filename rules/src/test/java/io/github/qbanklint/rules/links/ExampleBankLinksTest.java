package io.github.qbanklint.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.rules.testing.ExampleBank;
import io.github.qbanklint.rules.testing.RuleHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local link rules on a copy of the example bank: exactly its known broken links. */
class ExampleBankLinksTest {
  @TempDir Path workspace;

  private List<Finding> lint(Rule rule) throws IOException {
    Files.copy(ExampleBank.path(), workspace.resolve("README.md"));
    return RuleHarness.lintDirectory(rule, workspace, "").findings();
  }

  @Test
  void reportsTheThirteenMissingLocalImages() throws IOException {
    List<Finding> findings = lint(new BrokenImageRule());

    assertThat(findings).hasSize(13);
    assertThat(findings).allSatisfy(f -> assertThat(f.message()).contains("does not exist"));
    assertThat(findings.stream().filter(f -> f.message().contains("'assets/"))).hasSize(12);
    assertThat(findings.stream().filter(f -> f.message().contains("'./imgs/sample_imbalance.png'")))
        .hasSize(1);
    assertThat(findings)
        .allSatisfy(f -> assertThat(ExampleBank.line(f.line())).contains("](").contains(".png"));
  }

  @Test
  void reportsOnlyTheMisspeltCverAnchorSuggestingTheRealId() throws IOException {
    List<Finding> findings = lint(new BrokenAnchorRule());

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).line()).isEqualTo(71);
    assertThat(findings.get(0).message()).contains("#8.Cver整理").contains("did you mean #8.CVer整理?");
  }

  @Test
  void reportsOnlyTheTocLinkWrittenWithoutItsHashSign() throws IOException {
    List<Finding> findings = lint(new BrokenLinkRule());

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).line()).isEqualTo(236);
    assertThat(findings.get(0).message()).contains("did you mean #旷视科技?");
  }
}
