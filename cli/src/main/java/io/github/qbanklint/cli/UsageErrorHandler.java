package io.github.qbanklint.cli;

import io.github.qbanklint.core.report.TerminalText;
import io.github.qbanklint.core.text.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Reports a command-line mistake (unknown option, missing or wrong value) in one line, with the
 * option or value most likely meant and a pointer to the command's {@code --help}, and exits 2. A
 * named class rather than a lambda: a lambda implementing this picocli interface is linked while
 * the start-up archive is dumped, which keeps picocli's main class (old class-file version) out of
 * the archive.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    var err = ex.getCommandLine().getErr();
    err.println("qbank-lint: " + TerminalText.escape(message(ex)));
    err.println(
        "Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
    return ExitCodes.USAGE;
  }

  private static String message(CommandLine.ParameterException ex) {
    if (ex instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty()
        && unmatched.getUnmatched().get(0).startsWith("-")) {
      String option = unmatched.getUnmatched().get(0).split("=", 2)[0];
      return "unknown option '"
          + option
          + "'"
          + DidYouMean.hint(option, ex.getCommandLine().getCommandSpec().optionsMap().keySet());
    }
    if (ex.getArgSpec() instanceof CommandLine.Model.OptionSpec option
        && ex.getValue() != null
        && option.completionCandidates() != null) {
      List<String> allowed = new ArrayList<>();
      option.completionCandidates().forEach(allowed::add);
      return option.longestName()
          + " takes "
          + String.join(", ", allowed)
          + ", not '"
          + ex.getValue()
          + "'"
          + DidYouMean.hint(ex.getValue(), allowed);
    }
    return ex.getMessage();
  }
}
