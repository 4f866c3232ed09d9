package io.github.qbanklint.maven;

import io.github.qbanklint.core.fix.FixRunner;
import io.github.qbanklint.core.fix.FixSummary;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Applies the fixes the rules offer to the module's files, then prints what is left. Not bound to
 * any phase: run it on purpose, {@code mvn qbank-lint:fix}. The fixing is lint-core's {@link
 * FixRunner}, the same as {@code qbank-lint fix}: passes until no fix is left, atomic writes that
 * keep the BOM, line endings, owner, group and mode, and files it may not replace (outside the
 * module, hard-linked, read-only, changed meanwhile) left alone. It fixes every file it can, then
 * fails the build naming each refused file and why.
 */
@Mojo(name = "fix", threadSafe = true)
public class FixMojo extends AbstractLintMojo {

  @Override
  protected void lint(PreparedLint lint) throws MojoExecutionException {
    List<FixRunner.FileResult> results = lint.fix();
    getLog().info("qbank-lint: " + FixSummary.of(results).line(false) + ".");
    FindingLog.print(lint.run(), lint.context(), getLog());
    List<String> refusals =
        results.stream()
            .filter(r -> r.status() == FixRunner.Status.REFUSED)
            .map(r -> "  " + r.path() + ": " + r.problem())
            .toList();
    if (!refusals.isEmpty()) {
      throw new MojoExecutionException(
          "qbank-lint fixed every other file but did not write "
              + FixSummary.counted(refusals.size(), "file")
              + ":\n"
              + String.join("\n", refusals));
    }
  }
}
