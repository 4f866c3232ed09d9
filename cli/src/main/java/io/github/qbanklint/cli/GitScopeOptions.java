package io.github.qbanklint.cli;

import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.git.GitException;
import io.github.qbanklint.core.git.GitScopedLint;
import picocli.CommandLine.Option;

/** {@code --staged} and {@code --changed-since}: which files git says to report on. */
final class GitScopeOptions {
  @Option(
      names = "--staged",
      description =
          "Lint the content staged in git (not the working tree) and report on staged files, and on"
              + " other files that staged deletions, renames or removed headings break;"
              + " anchors still resolve against the whole workspace.")
  boolean staged;

  @Option(
      names = "--changed-since",
      paramLabel = "REF",
      description =
          "Report only files changed since the git revision REF (committed, staged, unstaged or untracked).")
  String changedSince;

  /**
   * Lints as {@code lint} says, narrowed to what git selects when one of these options is given.
   */
  LintResult lint(LintOptions lint, Config config) {
    if (!staged && changedSince == null) {
      return lint.lint(config);
    }
    if (staged && changedSince != null) {
      throw new UsageException("--staged and --changed-since exclude each other: choose one");
    }
    LintRequest request = lint.request(config);
    GitScopedLint scoped = new GitScopedLint(lint.engine());
    try {
      return staged ? scoped.staged(request) : scoped.changedSince(request, changedSince);
    } catch (GitException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
