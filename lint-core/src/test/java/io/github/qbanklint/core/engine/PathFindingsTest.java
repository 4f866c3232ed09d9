package io.github.qbanklint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PathFindingsTest {
  @Test
  void findingsInAnyOrderAreSortedStablyAndCounted() {
    Finding late = finding("a.md", 9, "r", Severity.INFO);
    Finding tieFirst = finding("a.md", 2, "r", Severity.ERROR);
    Finding tieSecond = finding("a.md", 2, "r", Severity.WARNING);

    PathFindings findings = PathFindings.of("a.md", List.of(late, tieFirst, tieSecond));

    assertThat(findings.list()).containsExactly(tieFirst, tieSecond, late);
    assertThat(findings.size()).isEqualTo(3);
    assertThat(findings.count(Severity.ERROR)).isEqualTo(1);
    assertThat(findings.count(Severity.WARNING)).isEqualTo(1);
    assertThat(findings.count(Severity.INFO)).isEqualTo(1);
    assertThat(findings.hasInternalErrors()).isFalse();
  }

  @Test
  void aMergeIsWhatAStableSortOfBothWouldGive() {
    List<Finding> file = new ArrayList<>();
    List<Finding> workspace = new ArrayList<>();
    for (int line = 1; line <= 30; line++) {
      if (line % 3 != 0) {
        file.add(finding("a.md", line, "r", Severity.ERROR));
      }
      if (line % 2 == 0) {
        // Equal in order to the file's finding on the same line: the file's comes first.
        workspace.add(finding("a.md", line, "r", Severity.WARNING));
      }
    }
    List<Finding> both = new ArrayList<>(file);
    both.addAll(workspace);
    both.sort(Finding.ORDER);

    PathFindings merged =
        PathFindings.inOrder("a.md", file).followedBy(PathFindings.inOrder("a.md", workspace));

    assertThat(merged.list()).isEqualTo(both);
    assertThat(merged.size()).isEqualTo(both.size());
    assertThat(merged.count(Severity.ERROR)).isEqualTo(file.size());
    assertThat(merged.count(Severity.WARNING)).isEqualTo(workspace.size());
  }

  @Test
  void encodedFindingsAreCountedWithoutDecodingAndDecodedAtEachListing() {
    AtomicInteger decoded = new AtomicInteger();
    List<Finding> stored = List.of(finding("a.md", 1, "r", Severity.WARNING));
    int[] bySeverity = new int[Severity.values().length];
    bySeverity[Severity.WARNING.ordinal()] = 1;

    PathFindings findings =
        PathFindings.encoded(
            "a.md",
            bySeverity,
            () -> {
              decoded.incrementAndGet();
              return FindingListing.of(stored);
            });
    bySeverity[Severity.WARNING.ordinal()] = 7; // the counts were copied

    assertThat(findings.size()).isEqualTo(1);
    assertThat(findings.count(Severity.WARNING)).isEqualTo(1);
    assertThat(decoded).hasValue(0);
    assertThat(findings.list()).isEqualTo(stored);
    assertThat(findings.list()).isEqualTo(stored);
    assertThat(decoded).hasValue(2);
  }

  @Test
  void runsSplitAListWhereThePathChanges() {
    Finding a1 = finding("a.md", 1, "r", Severity.ERROR);
    Finding a2 = finding("a.md", 2, "r", Severity.ERROR);
    Finding b = finding("b.md", 1, "r", Severity.INFO);

    List<PathFindings> runs = PathFindings.runs(List.of(a1, a2, b));

    assertThat(runs).extracting(PathFindings::path).containsExactly("a.md", "b.md");
    assertThat(runs.get(0).list()).containsExactly(a1, a2);
    assertThat(runs.get(1).list()).containsExactly(b);
    assertThat(PathFindings.runs(List.of())).isEmpty();
  }

  @Test
  void onlyTheInternalErrorsOfAnUnreportedFileAreKept() {
    Finding error = finding("a.md", 1, LintResult.INTERNAL_ERROR, Severity.ERROR);
    Finding other = finding("a.md", 2, "r", Severity.ERROR);

    PathFindings kept = PathFindings.of("a.md", List.of(other, error)).internalErrorsOnly();

    assertThat(kept.list()).containsExactly(error);
    assertThat(kept.hasInternalErrors()).isTrue();
    assertThat(PathFindings.of("a.md", List.of(other)).internalErrorsOnly().size()).isZero();
  }

  private static Finding finding(String path, int line, String rule, Severity severity) {
    return new Finding(rule, severity, path, line, 1, line, 2, "m", Optional.empty());
  }
}
