package io.github.qbanklint.rules.math;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.document.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random token soup, from a fixed seed, in every kind of formula and under every profile: the math
 * rules never fail internally and every finding lies inside the document.
 */
class RandomFormulaTest {
  private static final String[] PIECES = {
    "{",
    "}",
    "[",
    "]",
    "^",
    "_",
    "'",
    "&",
    "#",
    "%",
    "$",
    "$$",
    "`",
    "\\",
    "\\\\",
    "\\(",
    "\\)",
    "\\[",
    "\\]",
    "\\{",
    "\\}",
    "\\left",
    "\\right",
    "\\middle",
    "\\bigl",
    "\\frac",
    "\\sqrt",
    "\\text",
    "\\begin{matrix}",
    "\\end{matrix}",
    "\\begin{array}{c}",
    "\\end{array}",
    "\\begin",
    "\\end",
    "\\def",
    "\\newcommand",
    "\\let",
    "\\verb",
    "\\char",
    "\\over",
    "\\color",
    "\\rule",
    "\\kern",
    "\\limits",
    "\\tag",
    "\\alpah",
    "x",
    "1",
    " ",
    "\n",
    "(",
    ")",
    "|",
    "*",
    "<b>",
    "é",
    "😀",
    "\r\n",
    "\t",
    "> ",
    "- ",
    "```",
    "\\href",
    "\\operatorname*",
    "\\@ifnextchar",
    "\\global"
  };

  @Test
  void randomFormulasNeverBreakTheRules() {
    Random random = new Random(20261129L);
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      StringBuilder formula = new StringBuilder();
      int length = random.nextInt(30);
      for (int j = 0; j < length; j++) {
        formula.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String tex = formula.toString();
      String text =
          "a $" + tex + "$ b\n\n$$" + tex + "$$\n\n```math\n" + tex + "\n```\n\n$`" + tex + "`$\n";
      documents.add(Document.of("doc-" + i + ".md", text));
    }
    for (String profile : List.of("github", "remark", "pandoc", "vscode")) {
      List<Finding> findings = MathLint.lint(documents, "math:\n  profile: " + profile + "\n");
      assertThat(findings).as(profile).noneMatch(f -> f.ruleId().equals("internal-error"));
      assertThat(findings).as(profile).isNotEmpty();
    }
  }
}
