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

  // Loops rather than streams in what follows: a findings-dense run holds hundreds of thousands of
  // findings, counted several times for the summary and the exit code, and under the launcher's C1
  // compiler a stream pipeline costs several times a loop per element.

  public long count(Severity severity) {
    long count = 0;
    for (Finding f : findings) {
      if (f.severity() == severity) {
        count++;
      }
    }
    return count;
  }

  public boolean hasInternalErrors() {
    for (Finding f : findings) {
      if (isInternalError(f)) {
        return true;
      }
    }
    return false;
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
    if (failOn != null) {
      for (Finding f : findings) {
        if (f.severity().isAtLeast(failOn)) {
          return true;
        }
      }
    }
    return false;
  }

  /** How many findings are at or above {@code threshold}; none for {@code null}. */
  public long countAtLeast(Severity threshold) {
    long count = 0;
    for (Finding f : threshold == null ? List.<Finding>of() : findings) {
      if (f.severity().isAtLeast(threshold)) {
        count++;
      }
    }
    return count;
  }
}
