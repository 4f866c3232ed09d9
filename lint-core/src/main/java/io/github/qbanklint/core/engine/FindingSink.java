package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;

/** Receives one path's findings in order (see {@link PathFindings#forEach}). */
public interface FindingSink {
  /** A finding held as an object. */
  void finding(Finding finding);

  /**
   * A cached finding of the path, its message still the bytes its cache entry stored, from {@code
   * from} to {@code to} of {@code message} (see {@link CachedText}).
   */
  void cached(
      String ruleId,
      Severity severity,
      int line,
      int column,
      int endLine,
      int endColumn,
      byte[] message,
      int from,
      int to);
}
