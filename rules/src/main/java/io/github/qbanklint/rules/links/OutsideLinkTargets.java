package io.github.qbanklint.rules.links;

import io.github.qbanklint.core.api.WorkspaceContext;

/**
 * The local links and images whose target is outside the workspace through a symbolic link: the
 * link rules leave them unchecked, and {@code outside-workspace} reports them.
 */
public final class OutsideLinkTargets {
  private OutsideLinkTargets() {}

  /** Reports each such link or image once, at its position. */
  public static void report(WorkspaceContext context) {
    LocalLinkRule.report(context, LocalLinkCheck.Category.OUTSIDE);
  }
}
