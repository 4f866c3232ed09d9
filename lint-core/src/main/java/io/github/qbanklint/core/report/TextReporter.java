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
  private static final int CHUNKS_AT_ONCE = 4;

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
    FileTexts files = new FileTexts(result.root(), context, out, nl);
    // Code frames re-read each file; with thousands of files that is worth both cores. Files are
    // formatted a window at a time and written in order, so memory holds one window's text; a
    // file with very many findings is a window of its own, formatted in chunks.
    List<List<Finding>> window = new ArrayList<>();
    for (List<Finding> file : ReportFiles.byPath(result).values()) {
      if (file.isEmpty()) {
        continue;
      }
      if (file.size() > CHUNK) {
        files.writeSmall(window);
        window.clear();
        files.writeLarge(file);
      } else {
        window.add(file);
        if (window.size() == WINDOW) {
          files.writeSmall(window);
          window.clear();
        }
      }
    }
    files.writeSmall(window);
    if (result.findingCount() > 0) {
      out.write(nl);
    }
    out.write(summary(result) + nl);
  }

  /** Writes the findings of files in order, a blank line between files. */
  private static final class FileTexts {
    private final Path root;
    private final ReportContext context;
    private final Writer out;
    private final String nl;
    private boolean first = true;

    FileTexts(Path root, ReportContext context, Writer out, String nl) {
      this.root = root;
      this.context = context;
      this.out = out;
      this.nl = nl;
    }

    /** Files of at most CHUNK findings each, formatted on both cores. */
    void writeSmall(List<List<Finding>> files) throws IOException {
      List<String> texts =
          files.parallelStream()
              .map(findings -> chunkText(findings, path(findings), lines(findings), context, nl))
              .toList();
      for (String text : texts) {
        startFile();
        out.write(text);
      }
    }

    /**
     * One file with many findings: its lines read once, its findings formatted in chunks on both
     * cores and written a few chunks at a time, never as one string.
     */
    void writeLarge(List<Finding> findings) throws IOException {
      String path = path(findings);
      Optional<LineIndex> lines = lines(findings);
      startFile();
      int step = CHUNK * CHUNKS_AT_ONCE;
      for (int from = 0; from < findings.size(); from += step) {
        List<List<Finding>> chunks = new ArrayList<>();
        for (int c = from; c < Math.min(from + step, findings.size()); c += CHUNK) {
          chunks.add(findings.subList(c, Math.min(c + CHUNK, findings.size())));
        }
        List<String> texts =
            chunks.parallelStream()
                .map(chunk -> chunkText(chunk, path, lines, context, nl))
                .toList();
        for (String text : texts) {
          out.write(text);
        }
      }
    }

    private void startFile() throws IOException {
      if (!first) {
        out.write(nl);
      }
      first = false;
    }

    private String path(List<Finding> findings) {
      return context.displayPath(root, findings.get(0).path());
    }

    private Optional<LineIndex> lines(List<Finding> findings) {
      return new SourceLines(root).lines(findings.get(0).path());
    }
  }

  private static String chunkText(
      List<Finding> findings,
      String path,
      Optional<LineIndex> lines,
      ReportContext context,
      String nl) {
    StringBuilder text = new StringBuilder();
    for (Finding f : findings) {
      text.append(
              paint(context, BOLD, TerminalText.escape(path) + ":" + f.line() + ":" + f.column()))
          .append("  ")
          .append(paint(context, colour(f.severity()), f.severity().id()))
          .append("  ")
          .append(paint(context, DIM, f.ruleId()))
          .append("  ")
          .append(TerminalText.escape(f.message()))
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

  /**
   * One line: files checked, findings by severity, questions answered of total, and how many files
   * had no recognised question. No question at all reads as such, never as all answered.
   */
  public static String summary(LintResult result) {
    int files = result.files().size();
    int without = result.filesWithoutQuestions();
    return files
        + (files == 1 ? " file" : " files")
        + " checked: "
        + plural(result.count(Severity.ERROR), "error")
        + ", "
        + plural(result.count(Severity.WARNING), "warning")
        + ", "
        + result.count(Severity.INFO)
        + " info; "
        + (result.questions() == 0
            ? "no questions recognised"
            : result.answered() + "/" + result.questions() + " questions answered")
        + (without == 0 || without == files
            ? ""
            : "; " + without + (without == 1 ? " file" : " files") + " without questions");
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
