package io.github.qbanklint.rules.links;

import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;

/** A relative link points to a file that does not exist, or outside the workspace. */
public final class BrokenLinkRule extends LocalLinkRule {
  private static final RuleMeta META =
      RuleMeta.builder("broken-link")
          .family("links")
          .summary(
              "A relative link points to a file that does not exist, or outside the workspace.")
          .severity(Severity.ERROR)
          .tags("links")
          .build();

  public BrokenLinkRule() {
    super(LocalLinkCheck.Category.LINK);
  }

  @Override
  public RuleMeta meta() {
    return META;
  }
}
