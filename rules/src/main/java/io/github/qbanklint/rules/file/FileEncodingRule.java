package io.github.qbanklint.rules.file;

import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.api.UnreadableInput;
import io.github.qbanklint.core.api.WorkspaceContext;
import io.github.qbanklint.core.document.LoadProblem;
import java.util.EnumSet;
import java.util.Set;

/** A file that is not valid UTF-8, or a binary file among the inputs; other rules skip it. */
public final class FileEncodingRule implements Rule {
  private static final RuleMeta META =
      RuleMeta.builder("file-encoding")
          .family("file")
          .summary("A file is not valid UTF-8, or is binary.")
          .severity(Severity.ERROR)
          .tags("file")
          .build();
  private static final Set<LoadProblem.Kind> CONTENT_PROBLEMS =
      EnumSet.of(LoadProblem.Kind.BINARY, LoadProblem.Kind.ENCODING);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void checkWorkspace(WorkspaceContext context) {
    for (UnreadableInput input : context.unreadableFiles()) {
      if (!CONTENT_PROBLEMS.contains(input.problem().kind())) {
        continue;
      }
      int line = input.problem().line();
      int column = input.problem().column();
      context.report(
          input.path(),
          line,
          column,
          line,
          column,
          input.problem().message() + "; other rules skipped this file.");
    }
  }
}
