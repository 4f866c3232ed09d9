package io.github.qbanklint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LintResultTest {
  @Test
  void countsBySeverityAndThreshold() {
    LintResult result =
        result(
            finding("a", Severity.ERROR),
            finding("b", Severity.WARNING),
            finding("b", Severity.WARNING),
            finding("c", Severity.INFO));

    assertThat(result.count(Severity.ERROR)).isEqualTo(1);
    assertThat(result.count(Severity.WARNING)).isEqualTo(2);
    assertThat(result.count(Severity.INFO)).isEqualTo(1);
    assertThat(result.countAtLeast(Severity.ERROR)).isEqualTo(1);
    assertThat(result.countAtLeast(Severity.WARNING)).isEqualTo(3);
    assertThat(result.countAtLeast(Severity.INFO)).isEqualTo(4);
    assertThat(result.countAtLeast(null)).isZero();
    assertThat(result.failsAt(Severity.ERROR)).isTrue();
    assertThat(result.failsAt(null)).isFalse();
    assertThat(result.hasInternalErrors()).isFalse();
  }

  @Test
  void onlyWarningsFailOnlyFromWarningDown() {
    LintResult result = result(finding("b", Severity.WARNING));

    assertThat(result.failsAt(Severity.ERROR)).isFalse();
    assertThat(result.failsAt(Severity.WARNING)).isTrue();
  }

  @Test
  void anInternalErrorIsSeen() {
    LintResult result =
        result(finding("a", Severity.INFO), finding(LintResult.INTERNAL_ERROR, Severity.ERROR));

    assertThat(result.hasInternalErrors()).isTrue();
  }

  @Test
  void theFindingsAreACopy() {
    List<Finding> findings = new ArrayList<>(List.of(finding("a", Severity.ERROR)));
    LintResult result = new LintResult(Path.of("."), List.of(), findings, List.of(), List.of());
    findings.add(finding("b", Severity.ERROR));

    assertThat(result.findings()).hasSize(1);
    assertThat(result.count(Severity.ERROR)).isEqualTo(1);
  }

  @Test
  void findingsByPathAreCountedAtOnceAndListedInTheirOrder() {
    Finding a = new Finding("r", Severity.ERROR, "a.md", 1, 1, 1, 2, "m", Optional.empty());
    Finding b = new Finding("r", Severity.INFO, "b.md", 1, 1, 1, 2, "m", Optional.empty());
    int[] oneInfo = new int[Severity.values().length];
    oneInfo[Severity.INFO.ordinal()] = 1;

    LintResult result =
        LintResult.ofPaths(
            Path.of("."),
            List.of(),
            List.of(
                PathFindings.inOrder("a.md", List.of(a)),
                PathFindings.encoded("b.md", oneInfo, () -> FindingListing.of(List.of(b)))),
            List.of(),
            List.of(),
            Optional.empty());

    assertThat(result.findingCount()).isEqualTo(2);
    assertThat(result.count(Severity.ERROR)).isEqualTo(1);
    assertThat(result.count(Severity.INFO)).isEqualTo(1);
    assertThat(result.findings()).containsExactly(a, b);
    assertThat(result.findingsByPath())
        .extracting(PathFindings::path)
        .containsExactly("a.md", "b.md");
  }

  private static LintResult result(Finding... findings) {
    return new LintResult(Path.of("."), List.of(), List.of(findings), List.of(), List.of());
  }

  private static Finding finding(String rule, Severity severity) {
    return new Finding(rule, severity, "a.md", 1, 1, 1, 2, "m", Optional.empty());
  }
}
