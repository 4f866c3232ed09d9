package io.github.qbanklint.core.report;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.ProjectLinks;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.engine.FileStats;
import io.github.qbanklint.core.engine.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Markdown summary for {@code $GITHUB_STEP_SUMMARY} or a pull-request comment: totals, counts by
 * rule with links to the rule pages, the files with the most findings, and questions answered per
 * file.
 */
public final class MarkdownReporter implements Reporter {
  static final int TOP_FILES = 10;

  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public String defaultFileName() {
    return "qbank-lint.md";
  }

  @Override
  public void write(LintResult result, ReportContext context, Writer out) throws IOException {
    StringBuilder md = new StringBuilder("## qbank-lint\n\n");
    md.append(result.failsAt(Severity.ERROR) ? "❌ " : "✅ ")
        .append(TextReporter.summary(result))
        .append("\n");
    if (!result.findings().isEmpty()) {
      appendRules(md, result);
      appendTopFiles(md, result, context);
    }
    appendAnswers(md, result, context);
    out.write(md.toString());
  }

  private static void appendRules(StringBuilder md, LintResult result) {
    Map<String, Severity> severity = new TreeMap<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (Finding f : result.findings()) {
      counts.merge(f.ruleId(), 1, Integer::sum);
      severity.merge(f.ruleId(), f.severity(), (a, b) -> a.isAtLeast(b) ? a : b);
    }
    md.append("\n### Findings by rule\n\n| rule | severity | findings |\n|---|---|--:|\n");
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(
            e ->
                md.append("| [")
                    .append(e.getKey())
                    .append("](")
                    .append(ProjectLinks.BUILD.rule(e.getKey()))
                    .append(") | ")
                    .append(severity.get(e.getKey()).id())
                    .append(" | ")
                    .append(e.getValue())
                    .append(" |\n"));
  }

  private static void appendTopFiles(StringBuilder md, LintResult result, ReportContext context) {
    Map<String, Map<Severity, Integer>> byFile = new TreeMap<>();
    for (Finding f : result.findings()) {
      byFile
          .computeIfAbsent(f.path(), p -> new EnumMap<>(Severity.class))
          .merge(f.severity(), 1, Integer::sum);
    }
    List<Map.Entry<String, Map<Severity, Integer>>> top =
        byFile.entrySet().stream()
            .sorted(
                Comparator.comparingInt(
                        (Map.Entry<String, Map<Severity, Integer>> e) ->
                            e.getValue().values().stream().mapToInt(Integer::intValue).sum())
                    .reversed())
            .limit(TOP_FILES)
            .toList();
    md.append("\n### Top files\n\n| file | errors | warnings | info |\n|---|--:|--:|--:|\n");
    for (Map.Entry<String, Map<Severity, Integer>> e : top) {
      Map<Severity, Integer> c = e.getValue();
      md.append("| ")
          .append(MarkdownText.escape(context.displayPath(result.root(), e.getKey())))
          .append(" | ")
          .append(c.getOrDefault(Severity.ERROR, 0))
          .append(" | ")
          .append(c.getOrDefault(Severity.WARNING, 0))
          .append(" | ")
          .append(c.getOrDefault(Severity.INFO, 0))
          .append(" |\n");
    }
    if (byFile.size() > TOP_FILES) {
      md.append("\n").append(byFile.size() - TOP_FILES).append(" more files have findings.\n");
    }
  }

  private static void appendAnswers(StringBuilder md, LintResult result, ReportContext context) {
    List<FileStats> open =
        result.files().stream().filter(f -> f.answered() < f.questions()).toList();
    if (open.isEmpty()) {
      return;
    }
    md.append("\n### Unanswered questions\n\n")
        .append(result.questions() - result.answered())
        .append(" of ")
        .append(result.questions())
        .append(
            " questions have no answer yet.\n\n| file | unanswered | answered |\n|---|--:|--:|\n");
    open.stream()
        .sorted(Comparator.comparingInt((FileStats f) -> f.answered() - f.questions()))
        .limit(TOP_FILES)
        .forEach(
            f ->
                md.append("| ")
                    .append(MarkdownText.escape(context.displayPath(result.root(), f.path())))
                    .append(" | ")
                    .append(f.questions() - f.answered())
                    .append(" | ")
                    .append(f.answered())
                    .append("/")
                    .append(f.questions())
                    .append(" |\n"));
    md.append("\n`qbank-lint report --format html` lists them by section.\n");
  }
}
