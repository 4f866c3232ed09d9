package io.github.qbanklint.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.engine.LintEngine;
import io.github.qbanklint.core.engine.RuleRegistry;
import io.github.qbanklint.rules.testing.RuleFixtureTest;
import io.github.qbanklint.rules.testing.RuleHarness;
import io.github.qbanklint.rules.toc.TocMissingEntryRule;
import io.github.qbanklint.rules.toc.TocOrderRule;
import io.github.qbanklint.rules.toc.TocOrphanEntryRule;
import io.github.qbanklint.rules.toc.TocTextMismatchRule;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrokenLinkRuleTest extends RuleFixtureTest {

  @Test
  void anEmptyTargetInTheTableOfContentsIsReportedOnceByBrokenLink() {
    String bank = "# 目录\n\n- [优化](#优化)\n  - [梯度提升]()\n  - [动量](#)\n\n## 优化\n\n### 梯度下降\n\n### 动量\n";
    List<Rule> rules =
        List.of(
            new BrokenLinkRule(),
            new TocMissingEntryRule(),
            new TocOrphanEntryRule(),
            new TocTextMismatchRule(),
            new TocOrderRule());

    List<Finding> findings =
        new LintEngine(new RuleRegistry(rules))
            .lintDocuments(
                Path.of("").toAbsolutePath(),
                List.of(Document.of("bank.md", bank)),
                RuleHarness.configFor(rules.get(0), ""))
            .findings();

    assertThat(findings)
        .extracting(f -> f.ruleId() + "@" + f.line())
        .containsExactly("broken-link@4", "broken-link@5", "toc-missing-entry@9");
  }
}
