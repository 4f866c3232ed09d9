package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The findings of one path in {@link Finding#ORDER}, counted by severity when made and listed when
 * asked for. A cached file's findings stay encoded until then and are decoded again at each call,
 * never kept: a report formats them a file at a time, so that the hundreds of thousands of findings
 * of a large warm run are never all alive at once (the young collections of such a run copied them
 * all, a fifth of its time).
 */
public final class PathFindings {
  private final String path;
  private final int size;
  private final int[] bySeverity;
  private final boolean internalErrors;
  private final Supplier<FindingListing> listing;

  private PathFindings(
      String path,
      int size,
      int[] bySeverity,
      boolean internalErrors,
      Supplier<FindingListing> listing) {
    this.path = path;
    this.size = size;
    this.bySeverity = bySeverity;
    this.internalErrors = internalErrors;
    this.listing = listing;
  }

  /**
   * Findings of {@code path} in memory, listed in the order given: {@link Finding#ORDER} for those
   * of a run.
   */
  static PathFindings inOrder(String path, List<Finding> ordered) {
    List<Finding> findings = List.copyOf(ordered);
    int[] bySeverity = new int[Severity.values().length];
    boolean internalErrors = false;
    for (Finding f : findings) {
      bySeverity[f.severity().ordinal()]++;
      internalErrors |= LintResult.isInternalError(f);
    }
    FindingListing listing = FindingListing.of(findings);
    return new PathFindings(path, findings.size(), bySeverity, internalErrors, () -> listing);
  }

  /** Findings of {@code path} in memory, in any order: sorted here (stably). */
  static PathFindings of(String path, List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.ORDER);
    return inOrder(path, sorted);
  }

  /**
   * Findings still encoded, as many of each severity as {@code bySeverity} says, none an internal
   * error; {@code decode} reads them, in order, each time it is called.
   */
  static PathFindings encoded(String path, int[] bySeverity, Supplier<FindingListing> decode) {
    int size = 0;
    for (int count : bySeverity) {
      size += count;
    }
    return new PathFindings(path, size, bySeverity.clone(), false, decode);
  }

  /** The findings of a file with none, or of one whose findings the run does not report. */
  static PathFindings none(String path) {
    return inOrder(path, List.of());
  }

  /**
   * Every finding of consecutive runs of one path in {@code findings}, in their order: a sorted
   * list gives one per path.
   */
  static List<PathFindings> runs(List<Finding> findings) {
    List<PathFindings> runs = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= findings.size(); i++) {
      if (i == findings.size() || !findings.get(i).path().equals(findings.get(start).path())) {
        runs.add(inOrder(findings.get(start).path(), findings.subList(start, i)));
        start = i;
      }
    }
    return List.copyOf(runs);
  }

  public String path() {
    return path;
  }

  public int size() {
    return size;
  }

  public int count(Severity severity) {
    return bySeverity[severity.ordinal()];
  }

  public boolean hasInternalErrors() {
    return internalErrors;
  }

  /**
   * The findings, in order; decoded at each call when they were cached, and then a failure to
   * decode is an {@link java.io.UncheckedIOException} that names the file.
   */
  public List<Finding> list() {
    return listing.get().list();
  }

  /**
   * Hands each finding, in order, to {@code sink}: a cached file's with its message still as its
   * entry stored it, which a report can copy without a string being made. A failure to decode is as
   * for {@link #list}.
   */
  public void forEach(FindingSink sink) {
    FindingListing findings = listing.get();
    for (int i = 0; i < findings.size(); i++) {
      findings.emit(i, sink);
    }
  }

  /** Only the internal errors: what a run keeps of a file whose findings it does not report. */
  PathFindings internalErrorsOnly() {
    return internalErrors
        ? inOrder(path, list().stream().filter(LintResult::isInternalError).toList())
        : none(path);
  }

  /**
   * These findings and then {@code later}'s, of the same path, merged in order; on a tie, these
   * come first, as a stable sort of both one after the other would place them.
   */
  PathFindings followedBy(PathFindings later) {
    if (later.size == 0) {
      return this;
    }
    if (size == 0) {
      return later;
    }
    int[] counts = bySeverity.clone();
    for (int i = 0; i < counts.length; i++) {
      counts[i] += later.bySeverity[i];
    }
    return new PathFindings(
        path,
        size + later.size,
        counts,
        internalErrors || later.internalErrors,
        () -> FindingListing.merged(listing.get(), later.listing.get()));
  }
}
