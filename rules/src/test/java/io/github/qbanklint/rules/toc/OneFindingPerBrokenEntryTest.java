package io.github.qbanklint.rules.toc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.rules.links.BrokenAnchorRule;
import io.github.qbanklint.rules.links.BrokenLinkRule;
import io.github.qbanklint.rules.testing.RuleHarness;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The TOC rules and the link rules together: a table-of-contents entry whose link is broken is
 * reported once, by the link rule; a text difference on it stays a toc-text-mismatch.
 */
class OneFindingPerBrokenEntryTest {
  private static final List<Rule> RULES =
      List.of(
          new BrokenAnchorRule(),
          new BrokenLinkRule(),
          new TocMissingEntryRule(),
          new TocOrphanEntryRule(),
          new TocTextMismatchRule(),
          new TocOrderRule());

  private static final String BANK =
      """
      # 目录

      - [1.携程](#1.携程)
        - [8.Cver整理](#8.Cver整理)
        - [介绍YOLOv4-YOLOv8](#介绍yolov4-yolov8)
        - 介绍YOLOv3
        - [Closures](#q-closure)
        - [What is hoisting?](#user-content-what-is-hoisting)
        - [Python questions](python/README.md)
        - [MDN](https://developer.mozilla.org/)

      <h2 id="1.携程">1.携程</h2>

      <h3 id="8.CVer整理">8.CVer整理</h3>

      TensorRT。

      <a id="q-closure"></a>
      ### What is a closure?

      A function with captured variables.

      ### What is hoisting?

      Declarations move to the top of their scope.
      """;

  @Test
  void aBrokenEntryIsOneLinkFindingAndATextDifferenceStaysSeparate() {
    assertThat(findings(BANK))
        .extracting(Finding::ruleId, Finding::line)
        .containsExactly(
            tuple("broken-anchor", 4),
            tuple("toc-text-mismatch", 4),
            tuple("broken-anchor", 5),
            tuple("toc-orphan-entry", 6),
            tuple("toc-text-mismatch", 7),
            tuple("broken-link", 9));
  }

  private static List<Finding> findings(String text) {
    List<Finding> all = new ArrayList<>();
    for (Rule rule : RULES) {
      all.addAll(RuleHarness.lint(rule, text));
    }
    all.sort(Finding.ORDER);
    return all;
  }
}
