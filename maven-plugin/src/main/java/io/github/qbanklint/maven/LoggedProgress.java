package io.github.qbanklint.maven;

import io.github.qbanklint.core.engine.LintProgress;
import io.github.qbanklint.core.engine.ProgressCounts;
import io.github.qbanklint.core.remote.RemoteTally;
import java.util.function.LongSupplier;
import org.apache.maven.plugin.logging.Log;

/**
 * A long run's progress in the Maven log, which takes no redrawn line: one INFO line every ten
 * seconds, the first after ten seconds, so that a run of a few seconds logs nothing.
 */
final class LoggedProgress implements LintProgress {
  static final long PERIOD_NANOS = 10_000_000_000L;

  private final ProgressCounts counts = new ProgressCounts();
  private final Log log;
  private final LongSupplier nanoClock;
  private long next;

  LoggedProgress(Log log, LongSupplier nanoClock) {
    this.log = log;
    this.nanoClock = nanoClock;
    this.next = nanoClock.getAsLong() + PERIOD_NANOS;
  }

  LoggedProgress(Log log) {
    this(log, System::nanoTime);
  }

  @Override
  public void files(int done, int total) {
    counts.files(done, total);
    logWhenDue();
  }

  @Override
  public void remoteLinks(RemoteTally tally) {
    counts.remoteLinks(tally);
    logWhenDue();
  }

  private synchronized void logWhenDue() {
    long now = nanoClock.getAsLong();
    if (now - next >= 0) {
      next = now + PERIOD_NANOS;
      log.info("qbank-lint: " + counts.text());
    }
  }
}
