package io.github.qbanklint.core.report;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How many findings a rule or a file has, by severity: the counts of the Markdown summary and the
 * Maven site report.
 */
public final class FindingCounts {
  private final Map<Severity, Integer> counts = new EnumMap<>(Severity.class);

  private FindingCounts() {}

  /** Per rule id, the rule with the most findings first (ties by id). */
  public static Map<String, FindingCounts> byRule(List<Finding> findings) {
    return mostFirst(group(findings, Finding::ruleId));
  }

  /** Per finding path, the file with the most findings first (ties by path). */
  public static Map<String, FindingCounts> byFile(List<Finding> findings) {
    return mostFirst(group(findings, Finding::path));
  }

  public int of(Severity severity) {
    return counts.getOrDefault(severity, 0);
  }

  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The most serious severity counted. */
  public Severity worst() {
    return counts.keySet().iterator().next();
  }

  private static Map<String, FindingCounts> group(
      List<Finding> findings, Function<Finding, String> key) {
    Map<String, FindingCounts> groups = new TreeMap<>();
    for (Finding f : findings) {
      groups
          .computeIfAbsent(key.apply(f), k -> new FindingCounts())
          .counts
          .merge(f.severity(), 1, Integer::sum);
    }
    return groups;
  }

  private static Map<String, FindingCounts> mostFirst(Map<String, FindingCounts> sorted) {
    Map<String, FindingCounts> out = new LinkedHashMap<>();
    sorted.entrySet().stream()
        .sorted(
            Comparator.comparingInt((Map.Entry<String, FindingCounts> e) -> e.getValue().total())
                .reversed())
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
