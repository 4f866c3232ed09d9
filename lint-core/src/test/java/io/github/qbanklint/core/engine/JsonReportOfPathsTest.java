package io.github.qbanklint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.report.JsonReporter;
import io.github.qbanklint.core.report.ReportContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The JSON report of cached findings: the same bytes, each path's findings listed once. */
class JsonReportOfPathsTest {
  private static final Path ROOT = Path.of("/work/bank").toAbsolutePath();
  private static final ReportContext CONTEXT = new ReportContext(ROOT, false, List.of(), false);

  @Test
  void eachPathIsListedOnceAndTheReportIsThatOfAllItsFindings() throws IOException {
    // Paths of 1, 700, 5,000 (several report chunks) and 3 findings.
    Map<String, List<Finding>> byPath = new TreeMap<>();
    int[] sizes = {1, 700, 5_000, 3};
    for (int p = 0; p < sizes.length; p++) {
      String path = "bank-" + p + ".md";
      List<Finding> findings = new ArrayList<>();
      for (int line = 1; line <= sizes[p]; line++) {
        findings.add(
            new Finding(
                "rule-" + line % 3,
                Severity.values()[line % 3],
                path,
                line,
                1,
                line,
                4,
                "问题 " + line,
                Optional.empty()));
      }
      byPath.put(path, findings);
    }
    Map<String, AtomicInteger> listings = new TreeMap<>();
    List<PathFindings> encoded = new ArrayList<>();
    List<Finding> all = new ArrayList<>();
    byPath.forEach(
        (path, findings) -> {
          int[] bySeverity = new int[Severity.values().length];
          findings.forEach(f -> bySeverity[f.severity().ordinal()]++);
          AtomicInteger listed = listings.computeIfAbsent(path, p -> new AtomicInteger());
          encoded.add(
              PathFindings.encoded(
                  path,
                  bySeverity,
                  () -> {
                    listed.incrementAndGet();
                    return FindingListing.of(findings);
                  }));
          all.addAll(findings);
        });

    byte[] report =
        json(LintResult.ofPaths(ROOT, List.of(), encoded, List.of(), List.of(), Optional.empty()));

    assertThat(listings.values()).allSatisfy(listed -> assertThat(listed).hasValue(1));
    assertThat(report).isEqualTo(json(new LintResult(ROOT, List.of(), all, List.of(), List.of())));
  }

  private static byte[] json(LintResult result) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonReporter().write(result, CONTEXT, out);
    return out.toByteArray();
  }
}
