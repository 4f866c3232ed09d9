package io.github.qbanklint.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Fix;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.engine.LintEngine;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.engine.RuleRegistry;
import io.github.qbanklint.core.fix.FixApplier;
import io.github.qbanklint.rules.BuiltInRules;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random banks made of the pieces real banks have (TOC headings and lists, numbered and bold
 * headings, literal markers, code, HTML headings): the structure and toc rules never fail, and
 * their fixes always apply and converge.
 */
class RandomBanksTest {
  private static final String[] PIECES = {
    "# 目录\n",
    "## Contents\n",
    "[TOC]\n",
    "- [1.携程](#1.携程)\n",
    "  - 讲一讲推荐系统\n",
    "* [Basics](#basics)\n",
    "    * [Q: What?](#q-what)\n",
    "- [#旷视科技](旷视科技)\n",
    "1. [A](#a)\n",
    "<h2 id=\"1.携程\">1.携程</h2>\n",
    "## 2. 趣玩 9道\n",
    "## Basics\n",
    "# 旷视科技\n",
    "### 问题1：讲一讲推荐系统\n",
    "### 问题3： **CLIP**\n",
    "### Q: What?\n",
    "#### 1. 小标题\n",
    "###### deep\n",
    "- **区别：**MLE\n",
    "**标题：**正文 **a**b**c：**d\n",
    "__x：__y snake__case__\n",
    "```\n### 问题9：代码\n```\n",
    "    ### indented\n",
    "> - **引用：**x\n",
    "| a | **b：**c |\n|---|---|\n",
    "***\n",
    "\\*\\*转义：\\*\\*x\n",
    "**\n",
    "- \n",
    "\n",
    "\r\n",
    "答案。\n",
    "<details>\n",
    "$**x**$\n",
  };

  @Test
  void rulesNeverFailAndFixesConverge() {
    List<Rule> rules =
        new BuiltInRules()
            .rules().stream()
                .filter(r -> List.of("structure", "toc").contains(r.meta().family()))
                .toList();
    LintEngine engine = new LintEngine(new RuleRegistry(rules)).withFixes();
    Random random = new Random(20261129);
    for (int bank = 0; bank < 300; bank++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(40);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String current = text.toString();
      boolean converged = false;
      for (int pass = 0; pass < 5 && !converged; pass++) {
        LintResult result = lint(engine, current);
        assertThat(result.hasInternalErrors()).as("internal error on:%n%s", current).isFalse();
        List<Fix> fixes = result.findings().stream().flatMap(f -> f.fix().stream()).toList();
        String fixed = FixApplier.apply(current, fixes).text();
        converged = fixed.equals(current);
        current = fixed;
      }
      assertThat(converged).as("fixes converge on:%n%s", text).isTrue();
    }
  }

  private static LintResult lint(LintEngine engine, String text) {
    return engine.lintDocuments(
        Path.of(""), List.of(Document.of("bank.md", text)), Config.defaults());
  }
}
