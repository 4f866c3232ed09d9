package io.github.qbanklint.core.fix;

import java.util.List;

/**
 * What a fix run did, for its one closing line: {@code fixed 12 problems in 3 files; refused 1
 * file; 4 findings left}. The findings left include those of refused and unchanged files.
 */
public record FixSummary(
    int fixedProblems, int fixedFiles, int refusedFiles, int unreadableFiles, int findingsLeft) {

  public static FixSummary of(List<FixRunner.FileResult> results) {
    int problems = 0;
    int fixed = 0;
    int refused = 0;
    int unreadable = 0;
    int left = 0;
    for (FixRunner.FileResult r : results) {
      left += r.remaining().size();
      switch (r.status()) {
        case FIXED, WOULD_FIX -> {
          problems += r.appliedFixes();
          fixed++;
        }
        case REFUSED -> refused++;
        case UNREADABLE -> unreadable++;
        case UNCHANGED -> {}
      }
    }
    return new FixSummary(problems, fixed, refused, unreadable, left);
  }

  /** The closing line; a dry run says what it would do. */
  public String line(boolean dryRun) {
    StringBuilder line =
        new StringBuilder(dryRun ? "would fix " : "fixed ")
            .append(counted(fixedProblems, "problem"))
            .append(" in ")
            .append(counted(fixedFiles, "file"));
    if (refusedFiles > 0) {
      line.append(dryRun ? "; would refuse " : "; refused ").append(counted(refusedFiles, "file"));
    }
    if (unreadableFiles > 0) {
      line.append("; could not read ").append(counted(unreadableFiles, "file"));
    }
    return line.append("; ")
        .append(counted(findingsLeft, "finding"))
        .append(dryRun ? " would be left" : " left")
        .toString();
  }

  /** {@code 1 file}, {@code 2 files}. */
  public static String counted(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
