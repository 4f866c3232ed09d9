package io.github.qbanklint.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Fix;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.fix.FixApplier;
import io.github.qbanklint.rules.testing.ExampleBank;
import io.github.qbanklint.rules.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The structure rules on the example bank: exactly its known defects. */
class ExampleBankStructureTest {

  @Test
  void theOnlyNumberingGapIsQuestionTwoOfCverAndNoCountIsWrong() {
    List<Finding> findings = RuleHarness.lint(new QuestionNumberingRule(), ExampleBank.text());
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).line()).isEqualTo(676);
    assertThat(findings.get(0).message())
        .startsWith("问题2 is missing between 问题1 (line 667) and 问题3 (line 676)");
    assertThat(RuleHarness.lint(new SectionNumberingRule(), ExampleBank.text())).isEmpty();
    assertThat(RuleHarness.lint(new DeclaredCountRule(), ExampleBank.text())).isEmpty();
  }

  @Test
  void theThreeH1CompanySectionsAmongH2SiblingsAreReportedOnceEach() {
    // 旷视科技, 商汤科技 and 招银网络 are '#' headings while the other ten company sections are h2;
    // the h1 -> h3 jumps to their questions follow from that and are not reported again.
    assertThat(RuleHarness.lint(new HeadingIncrementRule(), ExampleBank.text()))
        .extracting(Finding::line)
        .containsExactly(1852, 1939, 1943);
  }

  @Test
  void everyBrokenBoldPairIsReportedWithAFixThatRendersIt() {
    List<Finding> findings = RuleHarness.lint(new BrokenEmphasisRule(), ExampleBank.text());
    // 54 of the form **…：**, 6 around inline code, 3 before a bracket, 1 around quotes.
    assertThat(findings).hasSize(64);
    assertThat(findings).allSatisfy(f -> assertThat(f.fix()).isPresent());
    assertThat(findings)
        .anySatisfy(f -> assertThat(f.message()).contains("'**区别：**'", "'**区别**：'"));
    assertThat(findings.stream().map(Finding::line)).contains(644, 757, 758, 1573, 1808, 1947);
    // followed on their line by well-formed bold, which the parser pairs with the broken run
    assertThat(findings.stream().map(Finding::line)).contains(1608, 1613, 1673, 1688);
    // correctly rendered bold: a TOC entry, a heading, bold followed by '$' or '（'
    assertThat(findings.stream().map(Finding::line)).doesNotContain(40, 291, 1472, 1545);

    List<Fix> fixes = findings.stream().flatMap(f -> f.fix().stream()).toList();
    FixApplier.Applied fixed = FixApplier.apply(ExampleBank.text(), fixes);
    assertThat(fixed.appliedFixes()).isEqualTo(64);
    assertThat(fixed.text()).contains("- **区别**：MLE完全基于数据", "  - **处理能力**：GNNs");
    assertThat(RuleHarness.lint(new BrokenEmphasisRule(), fixed.text())).isEmpty();
    Document after = Document.of("README.md", fixed.text());
    for (EmphasisRuns.BlockRuns block : EmphasisRuns.of(after)) {
      EmphasisRuns.BlockRuns markdown = block.withoutFormulaRuns(after);
      for (char marker : new char[] {'*', '_'}) {
        assertThat(markdown.pairs(marker))
            .as("bold pairs after fixing, line %d", after.line(block.runs().get(0).start()))
            .allSatisfy(
                p ->
                    assertThat(markdown.rendersStrong(p.open().start(), p.close().end())).isTrue());
      }
    }
  }

  @Test
  void noTextRunsOnAfterAnHtmlHeading() {
    // Its nine <h2 id="…"> company headings are each followed by a blank line.
    assertThat(RuleHarness.lint(new HtmlBlockRunOnRule(), ExampleBank.text())).isEmpty();
  }
}
