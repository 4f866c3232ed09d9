package io.github.qbanklint.maven;

import io.github.qbanklint.core.bank.ThinAnswer;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.unanswered.Provenance;
import io.github.qbanklint.core.report.unanswered.UnansweredReport;
import io.github.qbanklint.core.report.unanswered.UnansweredReportOptions;
import java.io.File;
import java.time.Clock;
import java.time.Instant;
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

  /**
   * Links each question of the unanswered-questions report to its source line on a forge: this URL
   * + the path from the top of the git work tree + {@code #L<line>}, for example {@code
   * https://github.com/OWNER/REPO/blob/main/} (with {@code ?plain=1}, GitHub shows a Markdown
   * file's lines). Without it, links are relative to the report.
   */
  @Parameter(property = "qbanklint.linkBase")
  private String linkBase;

  /**
   * A file to append each run's counts to (one JSON line per run); the HTML report draws the
   * questions over time from it. Keep it between CI runs (a cache or an artifact).
   */
  @Parameter(property = "qbanklint.history")
  private File history;

  private UnansweredReportFiles unansweredReportFiles;
  private UnansweredReportOptions unansweredOptions;

  @Override
  protected void validateParameters() throws MojoExecutionException {
    super.validateParameters();
    unansweredReportFiles = parameter(() -> UnansweredReportFiles.forFormats(unansweredFormats));
    Instant generated =
        parameter(
            () ->
                Provenance.generationDate(
                    Optional.ofNullable(System.getenv("SOURCE_DATE_EPOCH")), Clock.systemUTC()));
    unansweredOptions =
        parameter(
            () -> {
              try {
                return UnansweredReportOptions.of(
                    generated,
                    Optional.ofNullable(linkBase).filter(url -> !url.isBlank()),
                    Optional.ofNullable(history).map(File::toPath));
              } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("linkBase " + e.getMessage(), e);
              }
            });
  }

  @Override
  protected void lint(PreparedLint lint) throws MojoExecutionException {
    LintResult result = lintAndReport(lint, Optional.empty());
    ThinAnswer thin =
        UnansweredReport.thinAnswer(lint.registry(), lint.request().config(), OptionalInt.empty());
    writeReports(
        () ->
            unansweredReportFiles.write(
                result,
                thin,
                unansweredOptions,
                note -> getLog().warn("qbank-lint: " + note),
                lint.context(),
                outputDirectory()));
    requireCompleteRun(result);
  }
}
