package io.github.qbanklint.cli;

import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.OutlineWriter;
import io.github.qbanklint.core.report.ReportContext;
import io.github.qbanklint.core.report.unanswered.UnansweredReport;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code qbank-lint outline}: how the bank model reads each file, for debugging conventions. */
@Command(
    name = "outline",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Show how each file is read: every heading with its role (title, toc, section, question,"
            + " answer-heading), every question with its shape and status; runs no rule.")
final class OutlineCommand implements Callable<Integer> {
  @Mixin LintOptions lint;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  String format = "text";

  @Override
  public Integer call() throws IOException {
    String name = format.trim().toLowerCase(Locale.ROOT);
    if (!name.equals("text") && !name.equals("json")) {
      throw new UsageException("unknown outline format '" + format + "' (known: text, json)");
    }
    LintResult result =
        UnansweredReport.readBanks(
            new LintRequest(lint.paths, lint.workingDirectory(), lint.loadConfig(), lint.jobs));
    ReportContext context = new ReportContext(lint.workingDirectory(), false, List.of(), false);
    UnaryOperator<String> displayPath = path -> context.displayPath(result.root(), path);
    if (name.equals("json")) {
      OutlineWriter.json(result.files(), displayPath, Console.OUT);
    } else {
      OutlineWriter.text(result.files(), displayPath, Console.OUT);
    }
    Console.OUT.flush();
    return ExitCodes.ofReadOnlyRun(result);
  }
}
