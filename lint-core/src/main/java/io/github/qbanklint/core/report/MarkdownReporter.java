package io.github.qbanklint.core.report;

import io.github.qbanklint.core.api.ProjectLinks;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.engine.FileStats;
import io.github.qbanklint.core.engine.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
    if (result.findingCount() > 0) {
      appendRules(md, result);
      appendTopFiles(md, result, context);
    }
    appendAnswers(md, result, context);
    out.write(md.toString());
  }

  private static void appendRules(StringBuilder md, LintResult result) {
    md.append("\n### Findings by rule\n\n| rule | severity | findings |\n|---|---|--:|\n");
    FindingCounts.byRule(result.findings())
        .forEach(
            (rule, counts) ->
                md.append("| [")
                    .append(rule)
                    .append("](")
                    .append(ProjectLinks.BUILD.rule(rule))
                    .append(") | ")
                    .append(counts.worst().id())
                    .append(" | ")
                    .append(counts.total())
                    .append(" |\n"));
  }

  private static void appendTopFiles(StringBuilder md, LintResult result, ReportContext context) {
    Map<String, FindingCounts> byFile = FindingCounts.byFile(result.findings());
    md.append("\n### Top files\n\n| file | errors | warnings | info |\n|---|--:|--:|--:|\n");
    byFile.entrySet().stream()
        .limit(TOP_FILES)
        .forEach(
            e ->
                md.append("| ")
                    .append(MarkdownText.escape(context.displayPath(result.root(), e.getKey())))
                    .append(" | ")
                    .append(e.getValue().of(Severity.ERROR))
                    .append(" | ")
                    .append(e.getValue().of(Severity.WARNING))
                    .append(" | ")
                    .append(e.getValue().of(Severity.INFO))
                    .append(" |\n"));
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
