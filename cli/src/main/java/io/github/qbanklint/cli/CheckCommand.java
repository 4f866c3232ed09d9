package io.github.qbanklint.cli;

import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.engine.LintResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code qbank-lint check}: lints and reports; the exit code says whether to fail the build. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lint Markdown question banks (the default command).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding at or above the fail level",
      "1:findings at or above the fail level",
      "2:usage, configuration or input error, or output that cannot be written",
      "3:internal error"
    })
final class CheckCommand implements Callable<Integer> {
  @Mixin LintOptions lint;
  @Mixin OutputOptions output;
  @Mixin GitScopeOptions git;
  @Mixin ProgressOptions progress;
  @Mixin CacheCliOptions cache;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "Report only findings not in this baseline (see 'qbank-lint baseline').")
  Path baseline;

  @Override
  public Integer call() throws Exception {
    lint.forChecking(cache.options(lint.verbose)); // first: it starts work the run needs later
    Config config = lint.loadConfig();
    var failLevel = output.failLevel();
    output.reporters();
    if (output.toFiles()) {
      output.refuseToOverwrite(lint.filesToLint(config));
    }
    LintResult result;
    try (ProgressDisplay display = progress.start()) {
      lint.reportProgressTo(display);
      result = git.lint(lint, config);
    }
    if (baseline != null) {
      result =
          BaselineCommand.apply(
              lint.workingDirectory().resolve(baseline), baseline.toString(), result);
    }
    output.write(result, lint.workingDirectory(), lint.registry(), lint.verbose);
    if (!output.quiet || result.findingCount() > 0) {
      printRemoteSummary(result);
    }
    return exitCode(result, failLevel, lint.verbose);
  }

  /** What the remote link check requested, and what it did not check and why. */
  private static void printRemoteSummary(LintResult result) {
    result
        .remote()
        .ifPresent(
            remote ->
                Console.ERR.println("qbank-lint: " + remote.describe("pass --allow-private")));
  }

  /** Prints input errors and stack traces to standard error and picks the exit code. */
  static int exitCode(
      LintResult result, io.github.qbanklint.core.api.Severity failLevel, boolean verbose) {
    for (String error : result.inputErrors()) {
      Console.ERR.println("qbank-lint: " + error);
    }
    if (verbose) {
      result.stackTraces().forEach(trace -> trace.lines().forEach(Console.ERR::println));
    }
    Console.ERR.flush();
    if (result.hasInternalErrors()) {
      return ExitCodes.INTERNAL;
    }
    if (!result.inputErrors().isEmpty()) {
      return ExitCodes.USAGE;
    }
    return result.failsAt(failLevel) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }
}
