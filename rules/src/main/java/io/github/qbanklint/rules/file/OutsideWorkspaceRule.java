package io.github.qbanklint.rules.file;

import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.api.UnreadableInput;
import io.github.qbanklint.core.api.WorkspaceContext;
import io.github.qbanklint.core.document.LoadProblem;
import io.github.qbanklint.rules.links.OutsideLinkTargets;

/**
 * A symbolic link in the linted tree, or a link or image target reached through one, leads outside
 * the workspace root. The repository is untrusted input, so what lies outside is neither read nor
 * checked (it could be {@code /etc} or the process's environment); this says it was left out.
 */
public final class OutsideWorkspaceRule implements Rule {
  private static final RuleMeta META =
      RuleMeta.builder("outside-workspace")
          .family("file")
          .summary(
              "A symbolic link leads outside the workspace root, so its target was neither read"
                  + " nor checked.")
          .severity(Severity.INFO)
          .tags("file", "links")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void checkWorkspace(WorkspaceContext context) {
    for (UnreadableInput input : context.unreadableFiles()) {
      if (input.problem().kind() == LoadProblem.Kind.OUTSIDE_WORKSPACE) {
        context.report(input.path(), 1, 1, 1, 1, input.problem().message());
      }
    }
    OutsideLinkTargets.report(context);
  }
}
