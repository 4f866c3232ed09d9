package io.github.qbanklint.cli;

import io.github.qbanklint.core.bank.ThinAnswer;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.engine.RuleRegistry;
import io.github.qbanklint.core.report.ReportContext;
import io.github.qbanklint.core.report.unanswered.UnansweredReport;
import io.github.qbanklint.core.report.unanswered.UnansweredReportWriter;
import io.github.qbanklint.core.report.unanswered.UnansweredReportWriters;
import io.github.qbanklint.core.text.DidYouMean;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code qbank-lint report}: which questions still need an answer, per file and section. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    customSynopsis = "qbank-lint report [PATH...] [--format md|html|json[,...]] [OPTIONS]",
    description =
        "Report the unanswered questions per file and section (md, html or json); never uses the"
            + " network.")
final class ReportCommand implements Callable<Integer> {
  @Mixin LintOptions lint;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      split = ",",
      description = "md, html or json (default: md).")
  List<String> formats = List.of("md");

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the (single) format to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      description = "Write each format to DIR as unanswered.md, unanswered.html, unanswered.json.")
  Path outputDirectory;

  @Option(
      names = "--thin-below",
      paramLabel = "N",
      description =
          "Sets the thin-answer rule's minLength for this report: an answer shorter than N units"
              + " (a CJK character or a word each) is listed as thin (default: the configured"
              + " minLength, else "
              + ThinAnswer.DEFAULT_MIN_LENGTH
              + ").")
  Integer thinBelow;

  @Option(
      names = "--all",
      description =
          "List every recognised question with its status, not only the unanswered and thin"
              + " ones (JSON always lists them).")
  boolean all;

  @Override
  public Integer call() throws IOException {
    List<UnansweredReportWriter> writers = writers();
    Config config = lint.loadConfig();
    if (output != null || outputDirectory != null) {
      OutputOptions.refuseToOverwrite(
          writers.stream()
              .map(w -> output != null ? output : outputDirectory.resolve(w.defaultFileName()))
              .toList(),
          lint.filesToLint(config),
          output != null ? "--output" : "--output-dir");
    }
    ThinAnswer thin =
        UnansweredReport.thinAnswer(
            RuleRegistry.load(),
            config,
            thinBelow == null ? OptionalInt.empty() : OptionalInt.of(thinBelow));
    LintResult result =
        UnansweredReport.readBanks(
            new LintRequest(lint.paths, lint.workingDirectory(), config, lint.jobs));
    UnansweredReport report = UnansweredReport.from(result, thin, all);
    ReportContext context = new ReportContext(lint.workingDirectory(), false, List.of(), false);
    for (UnansweredReportWriter writer : writers) {
      Path file =
          outputDirectory != null ? outputDirectory.resolve(writer.defaultFileName()) : output;
      if (file == null) {
        writer.write(report, context, Console.OUT);
        Console.OUT.flush();
      } else {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          writer.write(report, context.linkingFrom(file.toAbsolutePath().getParent()), out);
        }
      }
    }
    return ExitCodes.ofReadOnlyRun(result);
  }

  private List<UnansweredReportWriter> writers() {
    if (thinBelow != null && thinBelow < 0) {
      throw new UsageException("--thin-below must not be negative, not " + thinBelow);
    }
    List<UnansweredReportWriter> writers = new ArrayList<>();
    for (String format : formats) {
      String name = format.trim().toLowerCase(Locale.ROOT);
      writers.add(
          UnansweredReportWriters.byFormat(name)
              .orElseThrow(
                  () ->
                      new UsageException(
                          "unknown report format '"
                              + format
                              + "' (known: "
                              + String.join(", ", UnansweredReportWriters.formats())
                              + ")"
                              + DidYouMean.hint(format, UnansweredReportWriters.formats()))));
    }
    if (writers.size() > 1 && outputDirectory == null) {
      throw new UsageException("several formats need --output-dir DIR");
    }
    if (output != null && outputDirectory != null) {
      throw new UsageException("use either --output or --output-dir, not both");
    }
    return writers;
  }
}
