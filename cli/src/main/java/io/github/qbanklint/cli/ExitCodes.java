package io.github.qbanklint.cli;

/** Exit codes shared by every command (and by the Maven plugin's semantics). */
final class ExitCodes {
  /** Nothing at or above the fail level. */
  static final int CLEAN = 0;

  /** Findings at or above the fail level. */
  static final int FINDINGS = 1;

  /** Usage, configuration or input error. */
  static final int USAGE = 2;

  /** Internal error: a rule or the tool itself failed. */
  static final int INTERNAL = 3;

  private ExitCodes() {}
}
