package io.github.qbanklint.cli;

import io.github.qbanklint.core.engine.LintProgress;
import io.github.qbanklint.core.engine.ProgressCounts;
import io.github.qbanklint.core.remote.RemoteTally;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The progress of a run on standard error. The engine's workers only record the counts; a timer
 * thread draws them on a {@link ProgressLine} ten times a second, from the moment the run has taken
 * a second (a short run shows nothing). {@link #close} erases the line before the run's output.
 */
final class ProgressDisplay implements LintProgress, AutoCloseable {
  private static final long DELAY_NANOS = 1_000_000_000L;
  private static final long TICK_MILLIS = 100;

  private final Supplier<Optional<ProgressLine>> terminal;
  private final Optional<ScheduledExecutorService> timer;
  private final long startNanos = System.nanoTime();
  private final ProgressCounts counts = new ProgressCounts();
  private Optional<ProgressLine> line;

  private ProgressDisplay(
      Supplier<Optional<ProgressLine>> terminal, Optional<ScheduledExecutorService> timer) {
    this.terminal = terminal;
    this.timer = timer;
  }

  /**
   * A display that, once the run has taken a second, asks {@code terminal} for the line to draw on
   * (empty: standard error is no terminal, and nothing is shown).
   */
  static ProgressDisplay start(Supplier<Optional<ProgressLine>> terminal) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "qbank-lint-progress");
              t.setDaemon(true);
              return t;
            });
    ProgressDisplay display = new ProgressDisplay(terminal, Optional.of(timer));
    timer.scheduleAtFixedRate(display::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    return display;
  }

  /** A display that shows nothing. */
  static ProgressDisplay none() {
    return new ProgressDisplay(Optional::empty, Optional.empty());
  }

  @Override
  public void files(int done, int total) {
    counts.files(done, total);
  }

  @Override
  public void remoteLinks(RemoteTally tally) {
    counts.remoteLinks(tally);
  }

  private synchronized void tick() {
    if (System.nanoTime() - startNanos < DELAY_NANOS) {
      return;
    }
    if (line == null) {
      line = terminal.get();
      if (line.isEmpty()) {
        timer.ifPresent(ScheduledExecutorService::shutdown);
      }
    }
    String now = counts.text();
    if (line.isPresent() && !now.isEmpty()) {
      line.get().draw("qbank-lint: " + now, System.nanoTime());
    }
  }

  @Override
  public void close() {
    timer.ifPresent(ScheduledExecutorService::shutdownNow);
    synchronized (this) {
      if (line != null) {
        line.ifPresent(ProgressLine::erase);
      }
    }
  }
}
