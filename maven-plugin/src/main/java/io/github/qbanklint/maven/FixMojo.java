package io.github.qbanklint.maven;

import io.github.qbanklint.core.fix.FixRunner;
import io.github.qbanklint.core.fix.FixSummary;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Applies the fixes the rules offer to the module's Markdown files, then prints the findings left.
 * Not bound to any phase: run it on purpose, {@code mvn qbank-lint:fix}. It fixes as {@code
 * qbank-lint fix} does: until no fix is left, each file rewritten atomically, keeping its BOM, line
 * endings, owner, group and mode. It never writes a file outside the module, a hard-linked or
 * read-only file, or one that changed meanwhile: it fixes every other file, then fails the build
 * naming each refused file and why.
 */
@Mojo(name = "fix", threadSafe = true)
public class FixMojo extends AbstractLintMojo {

  @Override
  protected void lint(PreparedLint lint) throws MojoExecutionException {
    List<FixRunner.FileResult> results = lint.fix();
    getLog().info("qbank-lint: " + FixSummary.of(results).line(false) + ".");
    FindingLog.print(lint.run(), lint.context(), getLog(), Optional.empty());
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
