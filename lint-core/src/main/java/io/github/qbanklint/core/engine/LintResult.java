package io.github.qbanklint.core.engine;

import com.google.common.base.Suppliers;
import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.remote.RemoteSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a run found, in stable order: the workspace root that finding paths are relative to,
 * per-file question counts sorted by path, every finding after suppressions sorted, the inputs that
 * could not be read at all (permissions, not a file, too large), the stack traces of rules that
 * failed (for {@code --verbose}) and what the remote link check did, when one ran.
 *
 * <p>The findings are held per path ({@link #findingsByPath()}), counted by severity when made: a
 * findings-dense run holds hundreds of thousands, which the summary line, the report's totals and
 * the exit code would otherwise each walk again, and a warm run's stay encoded until a report lists
 * them a path at a time. {@link #findings()} lists them all, once, for the reports that need them
 * together.
 */
public final class LintResult {
  public static final String INTERNAL_ERROR = "internal-error";

  private final Path root;
  private final List<FileStats> files;
  private final List<PathFindings> byPath;
  private final Supplier<List<Finding>> findings;
  private final List<String> inputErrors;
  private final List<String> stackTraces;
  private final Optional<RemoteSummary> remote;
  private final long[] bySeverity = new long[Severity.values().length];
  private final long findingCount;
  private final boolean internalErrors;

  /** A result whose findings are listed in {@code findings}' order. */
  public LintResult(
      Path root,
      List<FileStats> files,
      List<Finding> findings,
      List<String> inputErrors,
      List<String> stackTraces,
      Optional<RemoteSummary> remote) {
    this(PathFindings.runs(findings), root, files, inputErrors, stackTraces, remote);
  }

  /** A result without a remote link check. */
  public LintResult(
      Path root,
      List<FileStats> files,
      List<Finding> findings,
      List<String> inputErrors,
      List<String> stackTraces) {
    this(root, files, findings, inputErrors, stackTraces, Optional.empty());
  }

  private LintResult(
      List<PathFindings> byPath,
      Path root,
      List<FileStats> files,
      List<String> inputErrors,
      List<String> stackTraces,
      Optional<RemoteSummary> remote) {
    this.root = root;
    this.files = List.copyOf(files);
    this.byPath = List.copyOf(byPath);
    this.findings = Suppliers.memoize(this::listAll);
    this.inputErrors = List.copyOf(inputErrors);
    this.stackTraces = List.copyOf(stackTraces);
    this.remote = Objects.requireNonNull(remote);
    long count = 0;
    boolean anyInternalError = false;
    for (PathFindings path : this.byPath) {
      for (Severity severity : Severity.values()) {
        bySeverity[severity.ordinal()] += path.count(severity);
      }
      count += path.size();
      anyInternalError |= path.hasInternalErrors();
    }
    this.findingCount = count;
    this.internalErrors = anyInternalError;
  }

  /** A result whose findings are those of {@code byPath}, one after the other. */
  static LintResult ofPaths(
      Path root,
      List<FileStats> files,
      List<PathFindings> byPath,
      List<String> inputErrors,
      List<String> stackTraces,
      Optional<RemoteSummary> remote) {
    return new LintResult(byPath, root, files, inputErrors, stackTraces, remote);
  }

  private List<Finding> listAll() {
    List<Finding> all = new ArrayList<>((int) findingCount);
    for (PathFindings path : byPath) {
      all.addAll(path.list());
    }
    return List.copyOf(all);
  }

  public Path root() {
    return root;
  }

  public List<FileStats> files() {
    return files;
  }

  /** Every finding, in order (listed on first call, and kept). */
  public List<Finding> findings() {
    return findings.get();
  }

  /** The findings path by path, in order; for reports that write them a path at a time. */
  public List<PathFindings> findingsByPath() {
    return byPath;
  }

  public long findingCount() {
    return findingCount;
  }

  public List<String> inputErrors() {
    return inputErrors;
  }

  public List<String> stackTraces() {
    return stackTraces;
  }

  public Optional<RemoteSummary> remote() {
    return remote;
  }

  public long count(Severity severity) {
    return bySeverity[severity.ordinal()];
  }

  public boolean hasInternalErrors() {
    return internalErrors;
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
    long count = 0;
    for (Severity severity : Severity.values()) {
      if (threshold != null && severity.isAtLeast(threshold)) {
        count += count(severity);
      }
    }
    return count;
  }
}
