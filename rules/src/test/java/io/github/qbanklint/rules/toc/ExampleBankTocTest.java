package io.github.qbanklint.rules.toc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Fix;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.bank.BankConventions;
import io.github.qbanklint.core.bank.BankModelBuilder;
import io.github.qbanklint.core.bank.Toc;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.engine.LintEngine;
import io.github.qbanklint.core.engine.RuleRegistry;
import io.github.qbanklint.core.fix.FixApplier;
import io.github.qbanklint.rules.testing.ExampleBank;
import io.github.qbanklint.rules.testing.RuleHarness;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The TOC rules on the example bank. Its table of contents (lines 1-277) was compared with the
 * headings by hand; every expected finding below is a real defect, with the reason.
 */
class ExampleBankTocTest {
  private static final List<Rule> TOC_RULES =
      List.of(
          new TocMissingEntryRule(),
          new TocOrphanEntryRule(),
          new TocTextMismatchRule(),
          new TocOrderRule());

  @Test
  void reportsEveryTocDefectOfTheBankExactlyOnce() {
    assertThat(tocFindings(ExampleBank.text()))
        .extracting(Finding::ruleId, Finding::line)
        .containsExactly(
            // inner spacing: the heading has a space after "2." that the entry lacks
            tuple("toc-text-mismatch", 12),
            // wording: the heading (line 661) says "CLIP算法的框架"
            tuple("toc-text-mismatch", 70),
            // case: "Cver" vs the heading "8.CVer整理" (its anchor differs in case too)
            tuple("toc-text-mismatch", 71),
            // 8.CVer整理 has no question on YOLOv4-YOLOv8 (问题2 is missing there)
            tuple("toc-orphan-entry", 74),
            // case: "layerNorm" vs "LayerNorm" (line 846)
            tuple("toc-text-mismatch", 90),
            // wording: the heading says "分割Segmentation和抠图Matting的区别" (line 914)
            tuple("toc-text-mismatch", 102),
            // case: "Group Query Attention" vs "group query attention" (line 1237)
            tuple("toc-text-mismatch", 178),
            // wording: "单阶段、二阶段目标检测的区别" (line 1309)
            tuple("toc-text-mismatch", 196),
            // wording and punctuation: "LLM微调以后会出现什么问题？如何改进？" (line 1354)
            tuple("toc-text-mismatch", 204),
            // spacing: "讲一下你对对比学习的了解。" has no spaces (line 1420)
            tuple("toc-text-mismatch", 211),
            // wording: "树模型中树节点如何分裂？" (line 1499)
            tuple("toc-text-mismatch", 213),
            // [#旷视科技](旷视科技): "#" in the text and a file link instead of #旷视科技
            tuple("toc-text-mismatch", 236),
            // wording: "介绍Yolo v5模型" (line 1854)
            tuple("toc-text-mismatch", 238),
            // wording and case: "CLIP的正负样本是怎么选择的" (line 1884)
            tuple("toc-text-mismatch", 241),
            // punctuation: the heading ends in "？" (line 1890)
            tuple("toc-text-mismatch", 242),
            // case: "softmax公式" (line 1897)
            tuple("toc-text-mismatch", 243),
            // punctuation: "VQGAN有几个损失，作用分别是什么" (line 1905)
            tuple("toc-text-mismatch", 244));
  }

  @Test
  void mismatchMessagesShowBothTextsAndTheHeadingLine() {
    List<Finding> findings = tocFindings(ExampleBank.text());
    assertThat(messageAt(findings, 12))
        .contains("'2.趣玩科技推荐算法面试题9道'", "'2. 趣玩科技推荐算法面试题9道'", "line 352");
    assertThat(messageAt(findings, 71)).contains("'8.Cver整理'", "'8.CVer整理'", "line 665");
    assertThat(messageAt(findings, 70)).contains("'CLIP框架'", "CLIP算法的框架", "line 661");
    assertThat(messageAt(findings, 90)).contains("layerNorm", "LayerNorm", "line 846");
    assertThat(messageAt(findings, 236)).contains("'#旷视科技'", "'旷视科技'", "line 1852");
    assertThat(messageAt(findings, 74)).contains("介绍YOLOv4-YOLOv8");
  }

  @Test
  void regeneratingTheTableChangesOnlyTheTableAndClearsEveryTocFinding() {
    String original = ExampleBank.text();
    Toc toc = tocOf(original);
    String fixed = applyTocFixes(original);

    assertThat(fixed).isNotEqualTo(original);
    assertThat(fixed.substring(0, toc.listStart()))
        .isEqualTo(original.substring(0, toc.listStart()));
    String originalAfter = original.substring(toc.listEnd());
    assertThat(fixed.substring(fixed.length() - originalAfter.length())).isEqualTo(originalAfter);
    assertThat(tocFindings(fixed)).isEmpty();
    assertThat(applyTocFixes(fixed)).isEqualTo(fixed);
  }

  @Test
  void regeneratedTableKeepsTheBanksStyle() {
    String fixed = applyTocFixes(ExampleBank.text());
    assertThat(fixed)
        .contains("- [1.携程推荐算法面试题8道](#1.携程推荐算法面试题8道)\n  - 讲一讲推荐系统包含哪些流程？\n")
        .contains("- [8.CVer整理](#8.CVer整理)\n  - TensorRT优化的流程\n  - 密集行人检测遮挡问题怎么解决\n")
        .contains("- [旷视科技](#旷视科技)\n  - 介绍Yolo v5模型\n")
        .contains("- [商汤科技](#商汤科技)\n- [招银网络](#招银网络)\n")
        .doesNotContain("介绍YOLOv4-YOLOv8");
  }

  @Test
  void aCrlfBankGetsACrlfTable() {
    String crlf = ExampleBank.text().replace("\n", "\r\n");
    String fixed = applyTocFixes(crlf);
    assertThat(fixed).isNotEqualTo(crlf).doesNotContainPattern("[^\r]\n");
    assertThat(tocFindings(fixed)).isEmpty();
  }

  @Test
  void aCheckRunLeavesTheRegeneratedTableOut() {
    Document bank = Document.of("README.md", ExampleBank.text());
    LintEngine engine = new LintEngine(new RuleRegistry(TOC_RULES));
    Config config = RuleHarness.configFor(TOC_RULES.get(0), "");
    Path root = Path.of("").toAbsolutePath();

    List<Finding> checked = engine.lintDocuments(root, List.of(bank), config).findings();
    List<Finding> fixing = engine.withFixes().lintDocuments(root, List.of(bank), config).findings();

    assertThat(checked).isNotEmpty().allSatisfy(f -> assertThat(f.fix()).isEmpty());
    assertThat(fixing).allSatisfy(f -> assertThat(f.fix()).isPresent());
    assertThat(checked)
        .extracting(Finding::message)
        .containsExactlyElementsOf(fixing.stream().map(Finding::message).toList());
  }

  private static String messageAt(List<Finding> findings, int line) {
    return findings.stream().filter(f -> f.line() == line).findFirst().orElseThrow().message();
  }

  static List<Finding> tocFindings(String text) {
    List<Finding> all = new ArrayList<>();
    for (Rule rule : TOC_RULES) {
      all.addAll(RuleHarness.lint(rule, text));
    }
    all.sort(Finding.ORDER);
    return all;
  }

  private static String applyTocFixes(String text) {
    List<Fix> fixes = tocFindings(text).stream().flatMap(f -> f.fix().stream()).toList();
    return FixApplier.apply(text, fixes).text();
  }

  private static Toc tocOf(String text) {
    return new BankModelBuilder(BankConventions.defaults())
        .modelOf(Document.of("README.md", text))
        .toc()
        .orElseThrow();
  }
}
