package io.github.qbanklint.rules.links;

import io.github.qbanklint.core.api.DocumentSummary.LocatedLink;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.WorkspaceContext;

/** A local link rule: reports the problems of its category found by {@link LocalLinkCheck}. */
abstract class LocalLinkRule implements Rule {
  private final LocalLinkCheck.Category category;

  LocalLinkRule(LocalLinkCheck.Category category) {
    this.category = category;
  }

  @Override
  public final void checkWorkspace(WorkspaceContext context) {
    report(context, category);
  }

  /** Reports the problems of {@code category} at their links. */
  static void report(WorkspaceContext context, LocalLinkCheck.Category category) {
    for (LocalLinkCheck.Problem problem : LocalLinkCheck.problems(context, category)) {
      LocatedLink link = problem.link();
      context.report(
          problem.path(),
          link.line(),
          link.column(),
          link.endLine(),
          link.endColumn(),
          problem.message());
    }
  }
}
