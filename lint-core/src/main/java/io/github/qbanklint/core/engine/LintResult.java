package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.remote.RemoteSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a run found, in stable order.
 *
 * @param root the workspace root that finding paths are relative to
 * @param files per-file question counts, sorted by path
 * @param findings every finding after suppressions, sorted
 * @param inputErrors inputs that could not be read at all (permissions, not a file, too large)
 * @param stackTraces stack traces of rules that failed, for {@code --verbose}
 * @param remote what the remote link check did, when one ran
 */
public record LintResult(
    Path root,
    List<FileStats> files,
    List<Finding> findings,
    List<String> inputErrors,
    List<String> stackTraces,
    Optional<RemoteSummary> remote) {

  public static final String INTERNAL_ERROR = "internal-error";

  /** A result without a remote link check. */
  public LintResult(
      Path root,
      List<FileStats> files,
      List<Finding> findings,
      List<String> inputErrors,
      List<String> stackTraces) {
    this(root, files, findings, inputErrors, stackTraces, Optional.empty());
  }

  public LintResult {
    files = List.copyOf(files);
    findings = List.copyOf(findings);
    inputErrors = List.copyOf(inputErrors);
    stackTraces = List.copyOf(stackTraces);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  public boolean hasInternalErrors() {
    return findings.stream().anyMatch(LintResult::isInternalError);
  }

  /** Whether {@code finding} says that a rule or a file's check failed, rather than a problem. */
  public static boolean isInternalError(Finding finding) {
    return finding.ruleId().equals(INTERNAL_ERROR);
  }

  public int questions() {
    return files.stream().mapToInt(FileStats::questions).sum();
  }

  public int answered() {
    return files.stream().mapToInt(FileStats::answered).sum();
  }

  /** How many files had no recognised question (a navigation page, or an unrecognised bank). */
  public int filesWithoutQuestions() {
    return (int) files.stream().filter(f -> f.questions() == 0).count();
  }

  /** True when a finding is at or above {@code failOn}; {@code null} means never fail. */
  public boolean failsAt(Severity failOn) {
    return countAtLeast(failOn) > 0;
  }

  /** How many findings are at or above {@code threshold}; none for {@code null}. */
  public long countAtLeast(Severity threshold) {
    return threshold == null
        ? 0
        : findings.stream().filter(f -> f.severity().isAtLeast(threshold)).count();
  }
}
