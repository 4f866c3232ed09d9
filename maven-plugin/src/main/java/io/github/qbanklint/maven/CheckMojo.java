package io.github.qbanklint.maven;

import io.github.qbanklint.core.engine.LintResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Lints the module's Markdown question banks and fails the build per {@code failOn}. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractReportingMojo {
  @Override
  protected boolean checksOnly() {
    return true;
  }

  /**
   * The least severe finding that fails the build: {@code error}, {@code warning}, {@code info} or
   * {@code none}.
   */
  @Parameter(property = "qbanklint.failOn", defaultValue = "error")
  private String failOn;

  private FailOn failLevel;

  @Override
  protected void validateParameters() throws MojoExecutionException {
    super.validateParameters();
    failLevel = parameter(() -> FailOn.parse(failOn));
  }

  @Override
  protected void lint(PreparedLint lint) throws MojoExecutionException, MojoFailureException {
    LintResult result = lintAndReport(lint, failLevel.threshold());
    requireCompleteRun(result);
    long failing = result.countAtLeast(failLevel.threshold().orElse(null));
    if (failing > 0) {
      throw new MojoFailureException(
          "qbank-lint found "
              + failing
              + (failing == 1 ? " problem" : " problems")
              + " at or above failOn="
              + failLevel.id()
              + " (listed above). Fix them, or set failOn to report without failing.");
    }
  }
}
