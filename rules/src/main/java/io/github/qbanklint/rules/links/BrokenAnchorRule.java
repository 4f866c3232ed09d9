package io.github.qbanklint.rules.links;

import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;

/** A #fragment matches no heading or HTML id in the target document. */
public final class BrokenAnchorRule extends LocalLinkRule {
  private static final RuleMeta META =
      RuleMeta.builder("broken-anchor")
          .family("links")
          .summary("A #fragment matches no heading or HTML id in the target document.")
          .severity(Severity.ERROR)
          .tags("links")
          .build();

  public BrokenAnchorRule() {
    super(LocalLinkCheck.Category.ANCHOR);
  }

  @Override
  public RuleMeta meta() {
    return META;
  }
}
