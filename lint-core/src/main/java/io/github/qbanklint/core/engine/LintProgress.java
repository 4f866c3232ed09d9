package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.remote.RemoteTally;

/**
 * Hears how a run advances, so that a front end can show progress: the files checked, then the
 * remote links. Called from worker threads, often; an implementation only records and returns.
 */
public interface LintProgress {
  LintProgress NONE = new LintProgress() {};

  /** {@code done} of the run's {@code total} files are checked. */
  default void files(int done, int total) {}

  /** The remote link check advanced. */
  default void remoteLinks(RemoteTally tally) {}
}
