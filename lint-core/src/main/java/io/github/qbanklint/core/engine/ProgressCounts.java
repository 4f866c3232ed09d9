package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.remote.RemoteTally;
import java.util.Locale;

/**
 * The latest counts a run reported, and their one-line text for a front end: a terminal's progress
 * line, a build log. Only numbers and fixed words, never a file name.
 */
public final class ProgressCounts implements LintProgress {
  /** Files checked so far, of how many. */
  private record FileCount(int done, int total) {}

  private volatile FileCount files;
  private volatile RemoteTally remote;

  @Override
  public void files(int done, int total) {
    files = new FileCount(done, total);
  }

  @Override
  public void remoteLinks(RemoteTally tally) {
    remote = tally;
  }

  /**
   * For example {@code files 2000/2000, remote links 350/1200 (80 cached, 20 skipped, 3 failed)};
   * empty before the run reported anything.
   */
  public String text() {
    FileCount f = files;
    RemoteTally r = remote;
    StringBuilder text = new StringBuilder();
    if (f != null) {
      text.append(String.format(Locale.ROOT, "files %d/%d", f.done(), f.total()));
    }
    if (r != null) {
      text.append(text.length() == 0 ? "" : ", ")
          .append(
              String.format(
                  Locale.ROOT,
                  "remote links %d/%d (%d cached, %d skipped, %d failed)",
                  r.done(),
                  r.total(),
                  r.cached(),
                  r.skipped(),
                  r.failed()));
    }
    return text.toString();
  }
}
