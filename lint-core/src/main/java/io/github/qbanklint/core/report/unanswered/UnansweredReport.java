package io.github.qbanklint.core.report.unanswered;

import io.github.qbanklint.core.bank.BankOutline;
import io.github.qbanklint.core.bank.BankOutline.QuestionOutline;
import io.github.qbanklint.core.bank.BankOutline.SectionOutline;
import io.github.qbanklint.core.engine.FileStats;
import io.github.qbanklint.core.engine.LintResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which questions still need an answer: per file and per section in document order, the questions,
 * how many are answered, the unanswered and the thin ones, with totals. Files and sections without
 * questions are left out.
 *
 * @param root the workspace root that file paths are relative to
 * @param thinBelow an answered question whose answer is shorter than this many code points is thin
 */
public record UnansweredReport(Path root, int thinBelow, List<FileEntry> files, Tally total) {
  public static final int DEFAULT_THIN_BELOW = 20;

  public UnansweredReport {
    files = List.copyOf(files);
  }

  /** Builds the report from the bank outlines a lint run kept. */
  public static UnansweredReport from(LintResult result, int thinBelow) {
    List<FileEntry> files = new ArrayList<>();
    for (FileStats stats : result.files()) {
      FileEntry file = FileEntry.of(stats.path(), stats.outline(), thinBelow);
      if (file.tally().questions() > 0) {
        files.add(file);
      }
    }
    Tally total = files.stream().map(FileEntry::tally).reduce(Tally.ZERO, Tally::plus);
    return new UnansweredReport(result.root(), thinBelow, files, total);
  }

  /** Counts of questions. */
  public record Tally(int questions, int answered, int thin) {
    static final Tally ZERO = new Tally(0, 0, 0);

    public int unanswered() {
      return questions - answered;
    }

    /** Answered questions in percent, 100 when there are none. */
    public double answeredPercent() {
      return questions == 0 ? 100.0 : 100.0 * answered / questions;
    }

    Tally plus(Tally other) {
      return new Tally(questions + other.questions, answered + other.answered, thin + other.thin);
    }
  }

  /** One file: its tally and its sections. */
  public record FileEntry(String path, Tally tally, List<SectionEntry> sections) {
    public FileEntry {
      sections = List.copyOf(sections);
    }

    static FileEntry of(String path, BankOutline outline, int thinBelow) {
      List<SectionEntry> sections = new ArrayList<>();
      for (SectionOutline s : outline.sections()) {
        if (!s.questions().isEmpty()) {
          sections.add(SectionEntry.of(s, thinBelow));
        }
      }
      Tally tally = sections.stream().map(SectionEntry::tally).reduce(Tally.ZERO, Tally::plus);
      return new FileEntry(path, tally, sections);
    }
  }

  /**
   * One section.
   *
   * @param title the heading text; empty for questions before the first section
   * @param unanswered its unanswered questions in document order
   * @param thin its answered questions whose answers are shorter than the threshold
   */
  public record SectionEntry(
      String title,
      String anchor,
      int line,
      Tally tally,
      List<QuestionOutline> unanswered,
      List<QuestionOutline> thin) {
    public SectionEntry {
      unanswered = List.copyOf(unanswered);
      thin = List.copyOf(thin);
    }

    static SectionEntry of(SectionOutline s, int thinBelow) {
      List<QuestionOutline> unanswered = s.questions().stream().filter(q -> !q.answered()).toList();
      List<QuestionOutline> thin =
          s.questions().stream().filter(q -> q.answered() && q.answerLength() < thinBelow).toList();
      int questions = s.questions().size();
      return new SectionEntry(
          s.title(),
          s.anchor(),
          s.line(),
          new Tally(questions, questions - unanswered.size(), thin.size()),
          unanswered,
          thin);
    }
  }
}
