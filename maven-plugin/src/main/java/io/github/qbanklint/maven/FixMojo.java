package io.github.qbanklint.maven;

import io.github.qbanklint.core.engine.LintResult;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Applies the fixes the rules offer to the module's files, then prints what is left. Not bound to
 * any phase: run it on purpose, {@code mvn qbank-lint:fix}.
 */
@Mojo(name = "fix", threadSafe = true)
public class FixMojo extends AbstractLintMojo {
  /** Fixes whose edits overlap are applied over several passes; this bounds them. */
  private static final int MAX_PASSES = 10;

  @Override
  protected void lint(PreparedLint lint) throws MojoExecutionException {
    FileFixer fixer = new FileFixer(lint.maxFileBytes());
    int fixes = 0;
    LintResult result = lint.run();
    try {
      for (int pass = 0; pass < MAX_PASSES; pass++) {
        FileFixer.Outcome outcome = fixer.apply(result);
        if (outcome.fixes() == 0) {
          break;
        }
        fixes += outcome.fixes();
        getLog()
            .info(
                "qbank-lint fixed "
                    + plural(outcome.fixes(), "problem")
                    + " in "
                    + plural(outcome.files(), "file")
                    + ".");
        result = lint.run();
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          "qbank-lint: cannot write a fixed file: " + e.getMessage(), e);
    }
    if (fixes == 0) {
      getLog().info("qbank-lint: nothing to fix.");
    }
    FindingLog.print(result, lint.context(), getLog());
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
