package io.github.qbanklint.cli;

import io.github.qbanklint.core.bank.ThinAnswer;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.engine.RuleRegistry;
import io.github.qbanklint.core.report.ReportContext;
import io.github.qbanklint.core.report.TerminalText;
import io.github.qbanklint.core.report.unanswered.Provenance;
import io.github.qbanklint.core.report.unanswered.UnansweredReport;
import io.github.qbanklint.core.report.unanswered.UnansweredReportOptions;
import io.github.qbanklint.core.report.unanswered.UnansweredReportWriter;
import io.github.qbanklint.core.report.unanswered.UnansweredReportWriters;
import io.github.qbanklint.core.text.DidYouMean;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
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
  @Mixin ProgressOptions progress;

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

  @Option(
      names = "--link-base",
      paramLabel = "URL",
      description =
          "Link each question to its source line on a forge: URL + path + #L<line>, for example"
              + " https://github.com/OWNER/REPO/blob/main/ (add ?plain=1 for GitHub to show"
              + " Markdown lines); paths are relative to the top of the git work tree. Default:"
              + " links relative to the report.")
  String linkBase;

  @Option(
      names = "--history",
      paramLabel = "FILE",
      description =
          "Append this run's counts to FILE (one JSON line per run) and draw the questions over"
              + " time in the HTML report.")
  Path history;

  @Override
  public Integer call() throws IOException {
    List<UnansweredReportWriter> writers = writers();
    UnansweredReportOptions options = options();
    Config config = lint.loadConfig();
    refuseToOverwriteLintedFiles(writers, config);
    ThinAnswer thin =
        UnansweredReport.thinAnswer(
            RuleRegistry.load(),
            config,
            thinBelow == null ? OptionalInt.empty() : OptionalInt.of(thinBelow));
    LintResult result;
    try (ProgressDisplay display = progress.start()) {
      result =
          UnansweredReport.readBanks(
              new LintRequest(lint.paths, lint.workingDirectory(), config, lint.jobs), display);
    }
    UnansweredReport report = withOptions(UnansweredReport.from(result, thin, all), options);
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
        OutputOptions.announceWritten(file);
      }
    }
    Console.OUT.flush();
    return ExitCodes.ofReadOnlyRun(result);
  }

  /** Refuses an output or history file that is one of the files the run lints. */
  private void refuseToOverwriteLintedFiles(List<UnansweredReportWriter> writers, Config config) {
    if (output == null && outputDirectory == null && history == null) {
      return;
    }
    Set<Path> linted = lint.filesToLint(config);
    if (output != null || outputDirectory != null) {
      OutputOptions.refuseToOverwrite(
          writers.stream()
              .map(w -> output != null ? output : outputDirectory.resolve(w.defaultFileName()))
              .toList(),
          linted,
          output != null ? "--output" : "--output-dir");
    }
    if (history != null) {
      OutputOptions.refuseToOverwrite(List.of(history), linted, "--history");
    }
  }

  /** The generation date, link base and history file, checked before anything is read. */
  private UnansweredReportOptions options() {
    Instant generated;
    try {
      generated =
          Provenance.generationDate(
              Optional.ofNullable(System.getenv("SOURCE_DATE_EPOCH")), Clock.systemUTC());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    try {
      return UnansweredReportOptions.of(
          generated, Optional.ofNullable(linkBase), Optional.ofNullable(history));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--link-base " + e.getMessage());
    }
  }

  /**
   * The report with the options applied; a history file that cannot be read or written is an output
   * error.
   */
  private static UnansweredReport withOptions(
      UnansweredReport report, UnansweredReportOptions options) throws IOException {
    return options.apply(
        report,
        note -> {
          Console.ERR.println("qbank-lint: note: " + TerminalText.escape(note));
          Console.ERR.flush();
        });
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
