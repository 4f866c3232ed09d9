package io.github.qbanklint.cli;

import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.engine.RuleRegistry;
import io.github.qbanklint.core.report.ReportContext;
import io.github.qbanklint.core.report.Reporter;
import io.github.qbanklint.core.report.Reporters;
import io.github.qbanklint.core.report.TerminalText;
import io.github.qbanklint.core.report.TextReporter;
import io.github.qbanklint.core.text.DidYouMean;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/** Output formats, destinations, colour and the fail level. */
final class OutputOptions {
  /** When to colour text output. */
  enum ColourChoice {
    auto,
    always,
    never
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      split = ",",
      description =
          "Output formats: text, json, sarif, junit, checkstyle, github, markdown (default: text).")
  List<String> formats = List.of("text");

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description =
          "Write the (single) format to FILE instead of standard output (never one of the linted"
              + " files).")
  Path output;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      description =
          "Write each format to DIR under its default file name (never over a linted file).")
  Path outputDirectory;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description =
          "Exit 1 when a finding is at or above LEVEL: error, warning, info or none (default: error).")
  String failOn = "error";

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      description = "Colour text output: auto, always, never (default: auto).")
  ColourChoice colour = ColourChoice.auto;

  @Option(names = "--quiet", description = "Print nothing when there are no findings.")
  boolean quiet;

  /** The severity that fails the run, or null for {@code none}. */
  Severity failLevel() {
    return parseFailLevel(failOn);
  }

  /** Reads a {@code --fail-on} value; null for {@code none}. */
  static Severity parseFailLevel(String failOn) {
    if (failOn.equalsIgnoreCase("none")) {
      return null;
    }
    try {
      return Severity.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "--fail-on takes error, warning, info or none, not '"
              + failOn
              + "'"
              + DidYouMean.hint(failOn, List.of("error", "warning", "info", "none")));
    }
  }

  List<Reporter> reporters() {
    List<Reporter> reporters = new ArrayList<>();
    for (String format : formats) {
      String name = format.trim().toLowerCase(Locale.ROOT);
      reporters.add(
          Reporters.byFormat(name)
              .orElseThrow(
                  () ->
                      new UsageException(
                          "unknown format '"
                              + format
                              + "' (known: "
                              + String.join(", ", Reporters.formats())
                              + ")"
                              + DidYouMean.hint(name, Reporters.formats()))));
    }
    if (reporters.size() > 1 && outputDirectory == null) {
      throw new UsageException("several formats need --output-dir DIR");
    }
    if (output != null && outputDirectory != null) {
      throw new UsageException("use either --output or --output-dir, not both");
    }
    return reporters;
  }

  /**
   * Refuses an output file that is one of the files the run lints, which the report would
   * overwrite; called with {@link #toFiles} only.
   *
   * @param linted the real paths of the files the run lints
   */
  void refuseToOverwrite(Set<Path> linted) {
    List<Path> targets =
        output != null
            ? List.of(output)
            : reporters().stream().map(r -> outputDirectory.resolve(r.defaultFileName())).toList();
    refuseToOverwrite(targets, linted, output != null ? "--output" : "--output-dir");
  }

  /** Refuses the first of {@code targets} that is a linted file, naming the {@code option}. */
  static void refuseToOverwrite(List<Path> targets, Set<Path> linted, String option) {
    for (Path target : targets) {
      if (linted.contains(realPath(target))) {
        throw new UsageException(
            option
                + " would overwrite "
                + target
                + ", one of the files this run lints: write the report elsewhere");
      }
    }
  }

  private static Path realPath(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize(); // not there yet: no linted file
    }
  }

  /** Whether the report goes to files, which may then be linted files. */
  boolean toFiles() {
    return output != null || outputDirectory != null;
  }

  void write(LintResult result, Path workingDirectory, RuleRegistry registry, boolean verbose)
      throws IOException {
    List<Reporter> reporters = reporters();
    boolean useColour =
        colour == ColourChoice.always
            || (colour == ColourChoice.auto && !toFiles() && Console.isColourTerminal());
    ReportContext context =
        new ReportContext(
            workingDirectory,
            useColour,
            registry.all().stream().map(r -> r.meta()).toList(),
            verbose);
    List<Path> written = new ArrayList<>();
    for (Reporter reporter : reporters) {
      if (outputDirectory != null) {
        Files.createDirectories(outputDirectory);
        written.add(outputDirectory.resolve(reporter.defaultFileName()));
        writeFile(reporter, result, context, written.get(written.size() - 1));
      } else if (output != null) {
        written.add(output);
        writeFile(reporter, result, context, output);
      } else if (!(quiet && result.findingCount() == 0)) {
        Console.OUT.flush();
        reporter.write(result, context, Console.OUT_BYTES);
        Console.OUT_BYTES.flush();
      }
    }
    if (!written.isEmpty() && !(quiet && result.findingCount() == 0)) {
      announce(written, result);
    }
  }

  /**
   * A report written to files still leaves the console its summary line and where the report went,
   * so that a CI log shows the outcome without opening the files.
   */
  private static void announce(List<Path> written, LintResult result) {
    written.forEach(OutputOptions::announceWritten);
    Console.OUT.println(TextReporter.summary(result));
    Console.OUT.flush();
  }

  /** Says on standard output that a report file was written, as {@code check} and report do. */
  static void announceWritten(Path file) {
    Console.OUT.println("wrote " + TerminalText.escape(file.toString()));
  }

  private static void writeFile(
      Reporter reporter, LintResult result, ReportContext context, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      reporter.write(result, context, out);
    }
  }
}
