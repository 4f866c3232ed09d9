package io.github.qbanklint.maven;

import io.github.qbanklint.core.fix.FixRunner;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Applies the fixes the rules offer to the module's files, then prints what is left. Not bound to
 * any phase: run it on purpose, {@code mvn qbank-lint:fix}. The fixing is lint-core's {@link
 * FixRunner}, the same as {@code qbank-lint fix}: passes until no fix is left, atomic writes that
 * keep the BOM, line endings and permissions, and files changed meanwhile left alone.
 */
@Mojo(name = "fix", threadSafe = true)
public class FixMojo extends AbstractLintMojo {

  @Override
  protected void lint(PreparedLint lint) throws MojoExecutionException {
    int fixes = 0;
    int files = 0;
    for (FixRunner.FileResult file : lint.fix()) {
      if (file.status() == FixRunner.Status.REFUSED) {
        throw new MojoExecutionException(
            "qbank-lint: cannot write the fixed " + file.path() + ": " + file.problem());
      }
      if (file.status() == FixRunner.Status.FIXED) {
        fixes += file.appliedFixes();
        files++;
      }
    }
    getLog()
        .info(
            fixes == 0
                ? "qbank-lint: nothing to fix."
                : "qbank-lint fixed "
                    + plural(fixes, "problem")
                    + " in "
                    + plural(files, "file")
                    + ".");
    FindingLog.print(lint.run(), lint.context(), getLog());
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
