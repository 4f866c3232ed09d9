package io.github.qbanklint.cli;

import io.github.qbanklint.core.engine.LintResult;

/** Exit codes shared by every command (and by the Maven plugin's semantics). */
final class ExitCodes {
  /** Nothing at or above the fail level. */
  static final int CLEAN = 0;

  /** Findings at or above the fail level. */
  static final int FINDINGS = 1;

  /**
   * Usage, configuration or input error, or output that could not be written (a full disk, a closed
   * pipe, an output file that is one of the linted files).
   */
  static final int USAGE = 2;

  /** Internal error: a rule or the tool itself failed. */
  static final int INTERNAL = 3;

  private ExitCodes() {}

  /**
   * For a run that reads banks without checking them ({@code report}, {@code outline}): prints its
   * input errors to standard error; clean without them, a usage error with them.
   */
  static int ofReadOnlyRun(LintResult result) {
    for (String error : result.inputErrors()) {
      Console.ERR.println("qbank-lint: " + error);
    }
    Console.ERR.flush();
    return result.inputErrors().isEmpty() ? CLEAN : USAGE;
  }
}
