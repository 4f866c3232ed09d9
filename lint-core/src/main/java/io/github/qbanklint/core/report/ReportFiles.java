package io.github.qbanklint.core.report;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.engine.FileStats;
import io.github.qbanklint.core.engine.LintResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Findings grouped by file path: every checked file (also those without findings), sorted. */
final class ReportFiles {
  private ReportFiles() {}

  static Map<String, List<Finding>> byPath(LintResult result) {
    Map<String, List<Finding>> files = new TreeMap<>();
    for (FileStats f : result.files()) {
      files.put(f.path(), new ArrayList<>());
    }
    for (Finding f : result.findings()) {
      files.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f);
    }
    return files;
  }
}
