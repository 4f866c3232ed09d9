package io.github.qbanklint.core.baseline;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.engine.FileStats;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.Fingerprinter;
import io.github.qbanklint.core.report.SourceLines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Known findings, so that a check fails only on new ones. Entries are matched by fingerprint (see
 * {@link Fingerprinter}); paths are relative to the directory of the baseline file, so that a check
 * may name its inputs differently from the run that created the baseline.
 */
public record Baseline(List<BaselineEntry> entries) {
  public static final String DEFAULT_FILE_NAME = ".qbank-lint-baseline.json";

  public Baseline {
    entries = List.copyOf(entries);
  }

  /** A baseline holding every finding of {@code result}, for a file in {@code directory}. */
  public static Baseline of(LintResult result, Path directory) {
    List<String> prints = fingerprints(result, directory);
    List<BaselineEntry> entries = new ArrayList<>();
    for (int i = 0; i < prints.size(); i++) {
      Finding f = result.findings().get(i);
      entries.add(
          new BaselineEntry(
              f.ruleId(),
              pathOf(result.root(), directory, f.path()),
              f.line(),
              f.message(),
              prints.get(i)));
    }
    return new Baseline(entries);
  }

  /** Takes the known findings out of {@code result} and lists the entries that were fixed. */
  public BaselineOutcome apply(LintResult result, Path directory) {
    Map<String, Integer> known = new HashMap<>();
    for (BaselineEntry e : entries) {
      known.merge(e.fingerprint(), 1, Integer::sum);
    }
    List<String> prints = fingerprints(result, directory);
    List<Finding> remaining = new ArrayList<>();
    Map<String, Integer> matched = new HashMap<>();
    for (int i = 0; i < prints.size(); i++) {
      String print = prints.get(i);
      if (known.getOrDefault(print, 0) > matched.getOrDefault(print, 0)) {
        matched.merge(print, 1, Integer::sum);
      } else {
        remaining.add(result.findings().get(i));
      }
    }
    Set<String> checked = new HashSet<>();
    for (FileStats file : result.files()) {
      checked.add(pathOf(result.root(), directory, file.path()));
    }
    List<BaselineEntry> fixed = new ArrayList<>();
    for (BaselineEntry e : entries) {
      boolean stillThere = matched.getOrDefault(e.fingerprint(), 0) > 0;
      if (stillThere) {
        matched.merge(e.fingerprint(), -1, Integer::sum);
      } else if (checked.contains(e.path()) || !Files.exists(directory.resolve(e.path()))) {
        fixed.add(e);
      }
    }
    LintResult kept =
        new LintResult(
            result.root(),
            result.files(),
            remaining,
            result.inputErrors(),
            result.stackTraces(),
            result.remote());
    return new BaselineOutcome(kept, result.findings().size() - remaining.size(), fixed);
  }

  /** This baseline without the entries an outcome found fixed. */
  public Baseline without(List<BaselineEntry> fixed) {
    List<BaselineEntry> kept = new ArrayList<>(entries);
    for (BaselineEntry e : fixed) {
      kept.remove(e);
    }
    return new Baseline(kept);
  }

  private static List<String> fingerprints(LintResult result, Path directory) {
    return new Fingerprinter(new SourceLines(result.root()))
        .fingerprints(result.findings(), f -> pathOf(result.root(), directory, f.path()));
  }

  private static String pathOf(Path root, Path directory, String path) {
    Path file = root.resolve(path).toAbsolutePath().normalize();
    Path base = directory.toAbsolutePath().normalize();
    return base.relativize(file).toString().replace('\\', '/');
  }
}
