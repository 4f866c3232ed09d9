package io.github.qbanklint.maven;

import io.github.qbanklint.core.engine.LintResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals that print findings and write report files. */
abstract class AbstractReportingMojo extends AbstractLintMojo {

  /** Report formats to write, comma-separated: any format of the CLI's {@code --format}. */
  @Parameter(property = "qbanklint.formats", defaultValue = "text,json")
  private String formats;

  /** Where the report files go. */
  @Parameter(
      property = "qbanklint.outputDirectory",
      defaultValue = "${project.build.directory}/qbank-lint")
  private File outputDirectory;

  private ReportFiles reportFiles;

  @Override
  protected void validateParameters() throws MojoExecutionException {
    try {
      reportFiles = ReportFiles.forFormats(List.of(formats == null ? "" : formats));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("qbank-lint: " + e.getMessage(), e);
    }
  }

  /** Prints the findings and summary, then writes the report files. */
  protected void printAndWriteReports(LintResult result, PreparedLint lint)
      throws MojoExecutionException {
    FindingLog.print(result, lint.context(), getLog());
    Path directory = outputDirectory.toPath();
    try {
      for (Path file : reportFiles.write(result, lint.context(), directory)) {
        getLog().debug("qbank-lint report: " + file);
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          "qbank-lint: cannot write reports to " + directory + ": " + e.getMessage(), e);
    }
  }
}
