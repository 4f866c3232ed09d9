package io.github.qbanklint.maven;

import io.github.qbanklint.core.bank.ThinAnswer;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.unanswered.UnansweredReport;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * Adds two pages to the project site, under Project Reports: "qbank-lint", with the findings by
 * rule and by file, their counts and every finding, and "Unanswered questions", with the questions
 * still to answer by file and section. Declare the plugin under {@code <reporting>} and run {@code
 * mvn site}. Run on its own ({@code mvn qbank-lint:site-report}), it writes the two pages without
 * the site's menu and style into the site directory. Never fails the build because of findings.
 */
@Mojo(name = "site-report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class SiteReportMojo extends AbstractLintMojo implements MavenMultiPageReport {
  static final String OUTPUT_NAME = "qbank-lint";
  static final String UNANSWERED_PAGE = "qbank-lint-unanswered.html";

  /** Where the pages go; {@code mvn site} sets its own. */
  @Parameter(
      defaultValue = "${project.reporting.outputDirectory}",
      readonly = true,
      required = true)
  private File reportOutputDirectory;

  private Sink sink;
  private SinkFactory sinkFactory;

  @Override
  public void generate(Sink sink, Locale locale) throws MavenReportException {
    generate(sink, null, locale);
  }

  @Override
  public void generate(Sink sink, SinkFactory sinkFactory, Locale locale)
      throws MavenReportException {
    this.sink = sink;
    this.sinkFactory = sinkFactory;
    try {
      execute();
    } catch (MojoExecutionException | MojoFailureException e) {
      throw new MavenReportException(e.getMessage(), e);
    } finally {
      this.sink = null;
      this.sinkFactory = null;
    }
  }

  @Override
  protected void lint(PreparedLint lint) throws MojoExecutionException {
    LintResult result = lint.run();
    FindingLog.print(result, lint.context(), getLog(), Optional.empty());
    ThinAnswer thin =
        UnansweredReport.thinAnswer(lint.registry(), lint.request().config(), OptionalInt.empty());
    SinkFactory factory = sinkFactory != null ? sinkFactory : new Xhtml5SinkFactory();
    try {
      Sink findings =
          sink != null ? sink : factory.createSink(reportOutputDirectory, OUTPUT_NAME + ".html");
      SitePages.findings(findings, result, lint.context(), UNANSWERED_PAGE);
      SitePages.unanswered(
          factory.createSink(reportOutputDirectory, UNANSWERED_PAGE),
          UnansweredReport.from(result, thin),
          lint.context());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "qbank-lint: cannot write the site pages to "
              + reportOutputDirectory
              + ": "
              + e.getMessage(),
          e);
    }
  }

  @Override
  public String getOutputName() {
    return OUTPUT_NAME;
  }

  @Override
  public String getCategoryName() {
    return CATEGORY_PROJECT_REPORTS;
  }

  @Override
  public String getName(Locale locale) {
    return SitePages.FINDINGS_TITLE;
  }

  @Override
  public String getDescription(Locale locale) {
    return "What qbank-lint found in the Markdown question banks, and the questions still without"
        + " an answer.";
  }

  @Override
  public void setReportOutputDirectory(File directory) {
    reportOutputDirectory = directory;
  }

  @Override
  public File getReportOutputDirectory() {
    return reportOutputDirectory;
  }

  @Override
  public boolean isExternalReport() {
    return false;
  }

  @Override
  public boolean canGenerateReport() {
    return !skipped();
  }
}
