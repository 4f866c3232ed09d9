package io.github.qbanklint.cli;

import io.github.qbanklint.core.baseline.Baseline;
import io.github.qbanklint.core.baseline.BaselineException;
import io.github.qbanklint.core.baseline.BaselineFile;
import io.github.qbanklint.core.baseline.BaselineOutcome;
import io.github.qbanklint.core.engine.LintResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code qbank-lint baseline create|prune}: records today's findings so CI fails on new ones. */
@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Record the current findings in a baseline file, so that 'check --baseline FILE' reports"
            + " only new ones.",
    subcommands = {BaselineCommand.Create.class, BaselineCommand.Prune.class})
final class BaselineCommand implements Runnable {

  @Override
  public void run() {
    throw new UsageException("baseline needs a command: create or prune");
  }

  /** The {@code --file} option shared by both commands. */
  static final class FileOption {
    @Option(
        names = "--file",
        paramLabel = "FILE",
        description = "The baseline file (default: " + Baseline.DEFAULT_FILE_NAME + ").")
    Path file = Path.of(Baseline.DEFAULT_FILE_NAME);

    Path resolved(LintOptions lint) {
      return lint.workingDirectory().resolve(file).normalize();
    }
  }

  /** Reads a baseline, turning an unreadable file into a usage error (exit 2). */
  static Baseline read(Path file) {
    try {
      return BaselineFile.read(file);
    } catch (BaselineException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /**
   * Applies a baseline to a result and says on standard error what it held back and what is fixed.
   */
  static LintResult apply(Path file, String shownName, LintResult result) {
    BaselineOutcome outcome = read(file).apply(result, directoryOf(file));
    outcome.describe(shownName).forEach(Console.ERR::println);
    Console.ERR.flush();
    return outcome.result();
  }

  private static Path directoryOf(Path file) {
    return file.toAbsolutePath().getParent();
  }

  private static void write(Path file, Baseline baseline) {
    try {
      BaselineFile.write(file, baseline);
    } catch (BaselineException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Exit code of a run whose findings are recorded rather than judged. */
  private static int exitCode(LintResult result) {
    return CheckCommand.exitCode(result, null, false);
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = "Lint and write every finding into the baseline file (replacing it).")
  static final class Create implements Callable<Integer> {
    @Mixin LintOptions lint;
    @Mixin FileOption file;

    @Override
    public Integer call() {
      Path target = file.resolved(lint);
      LintResult result = lint.lint(lint.loadConfig());
      Baseline baseline = Baseline.of(result, directoryOf(target));
      write(target, baseline);
      Console.INFO.println("wrote " + baseline.entries().size() + " findings to " + file.file);
      Console.OUT.flush();
      return exitCode(result);
    }
  }

  @Command(
      name = "prune",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = "Lint and drop the baseline entries that no longer occur.")
  static final class Prune implements Callable<Integer> {
    @Mixin LintOptions lint;
    @Mixin FileOption file;

    @Override
    public Integer call() {
      Path target = file.resolved(lint);
      Baseline baseline = read(target);
      LintResult result = lint.lint(lint.loadConfig());
      BaselineOutcome outcome = baseline.apply(result, directoryOf(target));
      Baseline pruned = baseline.without(outcome.fixed());
      write(target, pruned);
      Console.INFO.println(
          "removed "
              + outcome.fixed().size()
              + " fixed entries from "
              + file.file
              + "; "
              + pruned.entries().size()
              + " remain");
      Console.OUT.flush();
      return exitCode(result);
    }
  }
}
