package io.github.qbanklint.core.report.unanswered;

import io.github.qbanklint.core.bank.BankOutline;
import io.github.qbanklint.core.bank.BankOutline.EmptySectionOutline;
import io.github.qbanklint.core.bank.BankOutline.QuestionOutline;
import io.github.qbanklint.core.bank.BankOutline.SectionOutline;
import io.github.qbanklint.core.bank.ThinAnswer;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.engine.FileStats;
import io.github.qbanklint.core.engine.LintEngine;
import io.github.qbanklint.core.engine.LintProgress;
import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.engine.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Which questions still need an answer: per file and per section in document order, the questions,
 * how many are answered, the unanswered and the thin ones, the empty sections, with totals. Files
 * with neither questions nor empty sections are left out, and so are sections without questions
 * that are not empty (they hold text).
 *
 * @param root the workspace root that file paths are relative to
 * @param thin when an answer is thin: the thin-answer rule's setting, shared with the rule
 * @param all whether to list every question, not only the unanswered and thin ones
 * @param filesWithoutQuestions how many files had no recognised question
 * @param unrecognisedBanks the files among them that look like banks (see {@code
 *     no-questions-recognised})
 * @param provenance when, by which version and from which commit the report was made
 * @param links where question links lead: relative to the report, or to a forge
 * @param history earlier runs, oldest first, this one last; empty without a history file
 */
public record UnansweredReport(
    Path root,
    ThinAnswer thin,
    List<FileEntry> files,
    Tally total,
    boolean all,
    int filesWithoutQuestions,
    List<String> unrecognisedBanks,
    Provenance provenance,
    SourceLinks links,
    List<HistoryEntry> history) {
  public UnansweredReport {
    files = List.copyOf(files);
    unrecognisedBanks = List.copyOf(unrecognisedBanks);
    history = List.copyOf(history);
  }

  /**
   * The same report made at {@code provenance}, its links leading to {@code links}, drawing {@code
   * history} (oldest first, this run last).
   */
  public UnansweredReport presented(
      Provenance provenance, SourceLinks links, List<HistoryEntry> history) {
    return new UnansweredReport(
        root,
        thin,
        files,
        total,
        all,
        filesWithoutQuestions,
        unrecognisedBanks,
        provenance,
        links,
        history);
  }

  /** How many empty sections the files have: what {@code check} counts as empty-section. */
  public int emptySectionCount() {
    return files.stream().mapToInt(f -> f.emptySections().size()).sum();
  }

  /**
   * Reads the banks of a request without running any rule (so without the network either): the
   * result holds the bank outlines and input errors, and no findings.
   */
  public static LintResult readBanks(LintRequest request) {
    return readBanks(request, LintProgress.NONE);
  }

  /** {@link #readBanks(LintRequest)}, telling {@code progress} how many files are read. */
  public static LintResult readBanks(LintRequest request, LintProgress progress) {
    Config c = request.config();
    Config noRules =
        new Config(
            c.source(),
            c.include(),
            c.exclude(),
            c.maxFileBytes(),
            c.conventions(),
            Map.of(),
            c.settings());
    return new LintEngine(new RuleRegistry(List.of()))
        .withProgress(progress)
        .run(request.withConfig(noRules));
  }

  /**
   * What is thin under {@code config}: the {@code thin-answer} rule's options (whether the rule is
   * on or not), with {@code minLength} replaced when given ({@code report --thin-below}); the
   * default when the registry has no such rule.
   */
  public static ThinAnswer thinAnswer(RuleRegistry registry, Config config, OptionalInt minLength) {
    ThinAnswer configured =
        registry
            .options(ThinAnswer.RULE_ID, config)
            .map(
                o ->
                    ThinAnswer.of(
                        o.getInt(ThinAnswer.MIN_LENGTH), o.getStringList(ThinAnswer.EXCLUDE)))
            .orElse(ThinAnswer.DEFAULT);
    return minLength.isPresent() ? configured.withMinLength(minLength.getAsInt()) : configured;
  }

  /** Builds the report of unanswered and thin questions from the bank outlines a run kept. */
  public static UnansweredReport from(LintResult result, ThinAnswer thin) {
    return from(result, thin, false);
  }

  /** Builds the report; with {@code all}, every question is listed. */
  public static UnansweredReport from(LintResult result, ThinAnswer thin, boolean all) {
    List<FileEntry> files = new ArrayList<>();
    for (FileStats stats : result.files()) {
      FileEntry file = FileEntry.of(stats.path(), stats.outline(), thin);
      if (file.tally().questions() > 0 || !file.emptySections().isEmpty()) {
        files.add(file);
      }
    }
    Tally total = files.stream().map(FileEntry::tally).reduce(Tally.ZERO, Tally::plus);
    List<String> unrecognised =
        result.files().stream()
            .filter(f -> f.outline().unrecognisedBank())
            .map(FileStats::path)
            .toList();
    return new UnansweredReport(
        result.root(),
        thin,
        files,
        total,
        all,
        result.filesWithoutQuestions(),
        unrecognised,
        Provenance.unknown(),
        SourceLinks.RELATIVE,
        List.of());
  }

  /** Counts of questions. */
  public record Tally(int questions, int answered, int thin) {
    static final Tally ZERO = new Tally(0, 0, 0);

    public int unanswered() {
      return questions - answered;
    }

    /** Answered questions in percent; NaN when there are none, never a false 100%. */
    public double answeredPercent() {
      return questions == 0 ? Double.NaN : 100.0 * answered / questions;
    }

    Tally plus(Tally other) {
      return new Tally(questions + other.questions, answered + other.answered, thin + other.thin);
    }
  }

  /**
   * One file: its tally, its sections with questions and its empty sections.
   *
   * @param emptySections the sections that hold nothing, in document order
   */
  public record FileEntry(
      String path,
      Tally tally,
      List<SectionEntry> sections,
      List<EmptySectionOutline> emptySections) {
    public FileEntry {
      sections = List.copyOf(sections);
      emptySections = List.copyOf(emptySections);
    }

    static FileEntry of(String path, BankOutline outline, ThinAnswer thin) {
      List<SectionEntry> sections = new ArrayList<>();
      for (SectionOutline s : outline.sections()) {
        if (!s.questions().isEmpty()) {
          sections.add(SectionEntry.of(s, thin));
        }
      }
      Tally tally = sections.stream().map(SectionEntry::tally).reduce(Tally.ZERO, Tally::plus);
      return new FileEntry(path, tally, sections, outline.emptySections());
    }

    /** Visits the sections with questions and the empty ones, in document order. */
    public void inDocumentOrder(
        Consumer<SectionEntry> section, Consumer<EmptySectionOutline> empty) {
      int e = 0;
      for (SectionEntry s : sections) {
        while (e < emptySections.size() && emptySections.get(e).line() < s.line()) {
          empty.accept(emptySections.get(e++));
        }
        section.accept(s);
      }
      emptySections.subList(e, emptySections.size()).forEach(empty);
    }
  }

  /**
   * One section.
   *
   * @param title the heading text; empty for questions before the first section
   * @param questions all its questions in document order
   * @param unanswered its unanswered questions in document order
   * @param thin its questions whose answers are thin
   */
  public record SectionEntry(
      String title,
      String anchor,
      int line,
      Tally tally,
      List<QuestionOutline> questions,
      List<QuestionOutline> unanswered,
      List<QuestionOutline> thin) {
    public SectionEntry {
      questions = List.copyOf(questions);
      unanswered = List.copyOf(unanswered);
      thin = List.copyOf(thin);
    }

    /** {@code answered}, {@code unanswered} or {@code thin}, by this report's setting. */
    public String status(QuestionOutline q) {
      return !q.answered() ? "unanswered" : thin.contains(q) ? "thin" : "answered";
    }

    static SectionEntry of(SectionOutline s, ThinAnswer setting) {
      List<QuestionOutline> unanswered = s.questions().stream().filter(q -> !q.answered()).toList();
      List<QuestionOutline> thin =
          s.questions().stream()
              .filter(q -> setting.isThin(q.text(), q.answered(), q.answerLength()))
              .toList();
      int questions = s.questions().size();
      return new SectionEntry(
          s.title(),
          s.anchor(),
          s.line(),
          new Tally(questions, questions - unanswered.size(), thin.size()),
          s.questions(),
          unanswered,
          thin);
    }
  }
}
