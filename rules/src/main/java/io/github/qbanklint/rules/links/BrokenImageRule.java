package io.github.qbanklint.rules.links;

import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;

/**
 * A local image is missing, outside the workspace, differs in letter case, or uses {@code \}
 * separators.
 */
public final class BrokenImageRule extends LocalLinkRule {
  private static final RuleMeta META =
      RuleMeta.builder("broken-image")
          .family("links")
          .summary(
              "A local image is missing, outside the workspace, differs in letter case, or uses \\ separators.")
          .severity(Severity.ERROR)
          .tags("links")
          .build();

  public BrokenImageRule() {
    super(LocalLinkCheck.Category.IMAGE);
  }

  @Override
  public RuleMeta meta() {
    return META;
  }
}
