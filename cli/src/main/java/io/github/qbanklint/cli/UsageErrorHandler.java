package io.github.qbanklint.cli;

import picocli.CommandLine;

/**
 * Reports a command-line mistake (unknown option, missing value) in one line with a pointer to
 * {@code --help}, and exits 2. A named class rather than a lambda: a lambda implementing this
 * picocli interface is linked while the start-up archive is dumped, which keeps picocli's main
 * class (old class-file version) out of the archive.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    var err = ex.getCommandLine().getErr();
    err.println("qbank-lint: " + ex.getMessage());
    err.println("Try 'qbank-lint --help' for usage.");
    return ExitCodes.USAGE;
  }
}
