package io.github.qbanklint.maven;

import io.github.qbanklint.core.bank.ThinAnswer;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.unanswered.UnansweredReport;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the module and writes the reports and the unanswered-questions report; never fails the
 * build because of findings.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractReportingMojo {

  /**
   * Formats of the unanswered-questions report, comma-separated: {@code md}, {@code html}, {@code
   * json}; empty for none.
   */
  @Parameter(property = "qbanklint.unansweredFormats", defaultValue = "md,html,json")
  private String unansweredFormats;

  private UnansweredReportFiles unansweredReportFiles;

  @Override
  protected void validateParameters() throws MojoExecutionException {
    super.validateParameters();
    unansweredReportFiles = parameter(() -> UnansweredReportFiles.forFormats(unansweredFormats));
  }

  @Override
  protected void lint(PreparedLint lint) throws MojoExecutionException {
    LintResult result = lintAndReport(lint, Optional.empty());
    ThinAnswer thin =
        UnansweredReport.thinAnswer(lint.registry(), lint.request().config(), OptionalInt.empty());
    writeReports(
        () -> unansweredReportFiles.write(result, thin, lint.context(), outputDirectory()));
    requireCompleteRun(result);
  }
}
