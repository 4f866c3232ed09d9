package io.github.qbanklint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.bank.BankOutline;
import io.github.qbanklint.core.cache.CacheOptions;
import io.github.qbanklint.core.config.Config;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bank outlines are in the results of an engine for reports, never in those of one for checking.
 */
class EngineOutlinesTest {
  @TempDir Path workspace;

  @Test
  void onlyAnEngineForReportsOutlinesTheBanks() throws IOException {
    Files.writeString(
        workspace.resolve("bank.md"),
        "# Bank\n\n## Q1. What is a hash map?\n\nA table of buckets.\n\n## Q2. What is a heap?\n");
    LintRequest request = new LintRequest(List.of(workspace), workspace, Config.defaults(), 1);
    RuleRegistry noRules = new RuleRegistry(List.of());

    FileStats reporting = new LintEngine(noRules).run(request).files().get(0);
    FileStats checking =
        new LintEngine(noRules).forChecking(CacheOptions.off()).run(request).files().get(0);

    assertThat(reporting.outline().items()).isNotEmpty();
    assertThat(reporting.outline().sections())
        .flatExtracting(BankOutline.SectionOutline::questions)
        .hasSize(2);
    assertThat(checking.outline()).isEqualTo(BankOutline.empty());
    assertThat(checking.questions()).isEqualTo(reporting.questions()).isEqualTo(2);
    assertThat(checking.answered()).isEqualTo(reporting.answered()).isEqualTo(1);
  }
}
