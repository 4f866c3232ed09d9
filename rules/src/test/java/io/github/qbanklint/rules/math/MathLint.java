package io.github.qbanklint.rules.math;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.rules.testing.RuleHarness;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs all five math rules, for tests that look at the family as a whole. */
final class MathLint {
  static final List<Rule> RULES =
      List.of(
          new MathDelimitersRule(),
          new MathSyntaxRule(),
          new MathUnknownCommandRule(),
          new MathMarkdownConflictRule(),
          new MathSuspiciousRule());

  private MathLint() {}

  static List<Finding> lint(String text) {
    return lint(text, "");
  }

  static List<Finding> lint(String text, String configYaml) {
    return lint(List.of(Document.of("fixture.md", text)), configYaml);
  }

  /** Findings of every math rule on several documents at once. */
  static List<Finding> lint(List<Document> documents, String configYaml) {
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : RULES) {
      findings.addAll(RuleHarness.run(rule, configYaml, documents).findings());
    }
    findings.sort(
        Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column));
    return findings;
  }
}
