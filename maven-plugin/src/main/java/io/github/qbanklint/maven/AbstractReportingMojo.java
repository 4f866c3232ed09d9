package io.github.qbanklint.maven;

import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.baseline.BaselineException;
import io.github.qbanklint.core.baseline.BaselineFile;
import io.github.qbanklint.core.baseline.BaselineOutcome;
import io.github.qbanklint.core.engine.LintResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals that print findings and write report files: {@code check} and {@code report}. */
abstract class AbstractReportingMojo extends AbstractLintMojo {

  /** Report formats to write, comma-separated: any format of the CLI's {@code --format}. */
  @Parameter(property = "qbanklint.formats", defaultValue = "text,json")
  private String formats;

  /** Where the report files go. */
  @Parameter(
      property = "qbanklint.outputDirectory",
      defaultValue = "${project.build.directory}/qbank-lint")
  private File outputDirectory;

  /**
   * A baseline file ({@code qbank-lint baseline create}): findings recorded in it are neither
   * reported nor fail the build.
   */
  @Parameter(property = "qbanklint.baseline")
  private File baseline;

  private ReportFiles reportFiles;

  @Override
  protected void validateParameters() throws MojoExecutionException {
    reportFiles = parameter(() -> ReportFiles.forFormats(formats));
  }

  /**
   * Runs the lint, takes out the baselined findings, prints the rest with the summary and writes
   * the report files.
   *
   * @param failingFrom the least severe finding that fails the build; empty when none does
   * @return the result without the baselined findings
   */
  protected LintResult lintAndReport(PreparedLint lint, Optional<Severity> failingFrom)
      throws MojoExecutionException {
    LintResult result = withoutBaselined(lint.run());
    FindingLog.print(result, lint.context(), getLog(), failingFrom);
    writeReports(() -> reportFiles.write(result, lint.context(), outputDirectory()));
    return result;
  }

  /**
   * Stops the goal when the run itself went wrong, whatever the findings: as the CLI exits with 3
   * for a rule that failed and with 2 for inputs it could not read.
   */
  protected static void requireCompleteRun(LintResult result) throws MojoExecutionException {
    if (result.hasInternalErrors()) {
      throw new MojoExecutionException(
          "qbank-lint: a rule failed (see internal-error above); run Maven with -X for its stack"
              + " trace, and report it.");
    }
    if (!result.inputErrors().isEmpty()) {
      throw new MojoExecutionException(
          "qbank-lint could not read "
              + result.inputErrors().size()
              + (result.inputErrors().size() == 1 ? " input" : " inputs")
              + " (listed above).");
    }
  }

  protected Path outputDirectory() {
    return outputDirectory.toPath();
  }

  /** What writes some report files. */
  protected interface ReportWriting {
    List<Path> write() throws IOException;
  }

  protected void writeReports(ReportWriting writing) throws MojoExecutionException {
    try {
      for (Path file : writing.write()) {
        getLog().debug("qbank-lint report: " + file);
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          "qbank-lint: cannot write reports to " + outputDirectory + ": " + e.getMessage(), e);
    }
  }

  private LintResult withoutBaselined(LintResult result) throws MojoExecutionException {
    if (baseline == null) {
      return result;
    }
    try {
      Path file = baseline.toPath().toAbsolutePath();
      BaselineOutcome outcome = BaselineFile.read(file).apply(result, file.getParent());
      outcome.describe(baseline.getName()).forEach(getLog()::info);
      return outcome.result();
    } catch (BaselineException e) {
      throw new MojoExecutionException("qbank-lint: " + e.getMessage(), e);
    }
  }
}
