package io.github.qbanklint.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Lints the module and writes the reports; never fails the build because of findings. */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractReportingMojo {

  @Override
  protected void lint(PreparedLint lint) throws MojoExecutionException {
    printAndWriteReports(lint.run(), lint);
  }
}
