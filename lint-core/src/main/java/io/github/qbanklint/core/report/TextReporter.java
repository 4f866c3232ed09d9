package io.github.qbanklint.core.report;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.document.LineIndex;
import io.github.qbanklint.core.engine.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Human-readable output: findings grouped by file, each as a line {@code path:line:column severity
 * rule-id message} followed by a code frame (the source line and a caret under the column), then a
 * summary line. Colours only when the context allows them.
 */
public final class TextReporter implements Reporter {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final int WINDOW = 64;
  private static final int CHUNK = 2048;

  @Override
  public String format() {
    return "text";
  }

  @Override
  public String defaultFileName() {
    return "qbank-lint.txt";
  }

  @Override
  public void write(LintResult result, ReportContext context, Writer out) throws IOException {
    String nl = System.lineSeparator();
    List<List<Finding>> byFile = groupedByFile(result.findings());
    // Code frames re-read each file; with thousands of files that is worth both cores. Files are
    // formatted a window at a time, so memory holds one window's text, and written in order.
    for (int from = 0; from < byFile.size(); from += WINDOW) {
      List<String> texts =
          byFile.subList(from, Math.min(from + WINDOW, byFile.size())).parallelStream()
              .map(findings -> fileText(findings, result.root(), context, nl))
              .toList();
      for (int i = 0; i < texts.size(); i++) {
        if (from + i > 0) {
          out.write(nl);
        }
        out.write(texts.get(i));
      }
    }
    if (!result.findings().isEmpty()) {
      out.write(nl);
    }
    out.write(summary(result) + nl);
  }

  /** Runs of findings with the same path; findings come sorted by path. */
  private static List<List<Finding>> groupedByFile(List<Finding> findings) {
    List<List<Finding>> groups = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= findings.size(); i++) {
      if (i == findings.size() || !findings.get(i).path().equals(findings.get(start).path())) {
        groups.add(findings.subList(start, i));
        start = i;
      }
    }
    return groups;
  }

  /**
   * The findings of one file (at least one), each with its code frame. A file with very many
   * findings is formatted in chunks on both cores, from one reading of its lines.
   */
  private static String fileText(
      List<Finding> findings, Path root, ReportContext context, String nl) {
    String path = context.displayPath(root, findings.get(0).path());
    Optional<LineIndex> lines = new SourceLines(root).lines(findings.get(0).path());
    if (findings.size() <= CHUNK) {
      return chunkText(findings, path, lines, context, nl);
    }
    List<List<Finding>> chunks = new ArrayList<>();
    for (int from = 0; from < findings.size(); from += CHUNK) {
      chunks.add(findings.subList(from, Math.min(from + CHUNK, findings.size())));
    }
    return chunks.parallelStream()
        .map(chunk -> chunkText(chunk, path, lines, context, nl))
        .collect(Collectors.joining());
  }

  private static String chunkText(
      List<Finding> findings,
      String path,
      Optional<LineIndex> lines,
      ReportContext context,
      String nl) {
    StringBuilder text = new StringBuilder();
    for (Finding f : findings) {
      text.append(paint(context, BOLD, path + ":" + f.line() + ":" + f.column()))
          .append("  ")
          .append(paint(context, colour(f.severity()), f.severity().id()))
          .append("  ")
          .append(paint(context, DIM, f.ruleId()))
          .append("  ")
          .append(f.message())
          .append(nl);
      Optional<String> source = SourceLines.lineOf(lines, f.line());
      if (source.isPresent()) {
        int end = f.endLine() == f.line() ? f.endColumn() : Integer.MAX_VALUE;
        String[] frame = CodeFrame.lines(source.get(), f.column(), end);
        String number = String.valueOf(f.line());
        String gutter = " ".repeat(number.length());
        text.append(paint(context, DIM, "  " + number + " | ")).append(frame[0]).append(nl);
        text.append(paint(context, DIM, "  " + gutter + " | "))
            .append(paint(context, colour(f.severity()), frame[1]))
            .append(nl);
      }
    }
    return text.toString();
  }

  /** One line: files checked, findings by severity, questions answered of total. */
  public static String summary(LintResult result) {
    int files = result.files().size();
    return files
        + (files == 1 ? " file" : " files")
        + " checked: "
        + plural(result.count(Severity.ERROR), "error")
        + ", "
        + plural(result.count(Severity.WARNING), "warning")
        + ", "
        + result.count(Severity.INFO)
        + " info; "
        + result.answered()
        + "/"
        + result.questions()
        + " questions answered";
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  static String colour(Severity severity) {
    return switch (severity) {
      case ERROR -> "\u001b[31m";
      case WARNING -> "\u001b[33m";
      case INFO -> "\u001b[36m";
    };
  }

  private static String paint(ReportContext context, String code, String text) {
    return context.color() ? code + text + RESET : text;
  }
}
