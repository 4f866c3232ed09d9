package io.github.qbanklint.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FindingOrderTest {
  /** The order as documented, key by key. */
  private static final Comparator<Finding> BY_KEYS =
      Comparator.comparing(Finding::path)
          .thenComparingInt(Finding::line)
          .thenComparingInt(Finding::column)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  @Test
  void orderIsPathLineColumnRuleMessage() {
    Random random = new Random(20261205);
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      findings.add(
          new Finding(
              "rule-" + random.nextInt(3),
              Severity.values()[random.nextInt(3)],
              // equal texts as distinct instances too, as a decoded cache entry has them
              new String(List.of("a.md", "b.md", "a/b.md", "问题.md").get(random.nextInt(4))),
              1 + random.nextInt(5),
              1 + random.nextInt(3),
              1,
              1,
              "m" + random.nextInt(3),
              Optional.empty()));
    }
    for (int i = 0; i < findings.size(); i += 2) {
      Finding a = findings.get(i);
      Finding b = findings.get(i + 1);
      assertThat(Integer.signum(Finding.ORDER.compare(a, b)))
          .as("%s against %s", a, b)
          .isEqualTo(Integer.signum(BY_KEYS.compare(a, b)));
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.ORDER);
    List<Finding> expected = new ArrayList<>(findings);
    expected.sort(BY_KEYS);
    assertThat(sorted).isEqualTo(expected);
  }
}
