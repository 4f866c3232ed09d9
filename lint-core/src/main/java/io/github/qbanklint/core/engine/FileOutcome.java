package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.api.DocumentSummary;
import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.UnreadableInput;
import java.util.List;
import java.util.Optional;

/** The outcome of one file: what its rules found and what the workspace phase needs of it. */
record FileOutcome(
    String path,
    PathFindings findings,
    Optional<DocumentSummary> summary,
    Optional<Suppressions> suppressions,
    Optional<FileStats> stats,
    Optional<UnreadableInput> unreadable,
    Optional<String> inputError,
    List<String> stackTraces) {

  static FileOutcome notLinted(
      String path, Optional<UnreadableInput> unreadable, Optional<String> inputError) {
    return new FileOutcome(
        path,
        PathFindings.none(path),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        unreadable,
        inputError,
        List.of());
  }

  /** A checked document: findings, summary, suppressions and counts, nothing left unread. */
  static FileOutcome checked(
      String path,
      List<Finding> findings,
      DocumentSummary summary,
      Suppressions suppressions,
      FileStats stats,
      List<String> stackTraces) {
    return checked(
        path, PathFindings.of(path, findings), summary, suppressions, stats, stackTraces);
  }

  /** The same, with its findings already counted and in order (perhaps still encoded). */
  static FileOutcome checked(
      String path,
      PathFindings findings,
      DocumentSummary summary,
      Suppressions suppressions,
      FileStats stats,
      List<String> stackTraces) {
    return new FileOutcome(
        path,
        findings,
        Optional.of(summary),
        Optional.of(suppressions),
        Optional.of(stats),
        Optional.empty(),
        Optional.empty(),
        stackTraces);
  }

  /**
   * This outcome for a file whose findings the run does not report: only a rule's failure is kept,
   * since a run always says when its check was incomplete.
   */
  FileOutcome unreported() {
    return new FileOutcome(
        path,
        findings.internalErrorsOnly(),
        summary,
        suppressions,
        stats,
        unreadable,
        inputError,
        stackTraces);
  }
}
