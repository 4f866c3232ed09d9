package io.github.qbanklint.rules.links;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.LinkRef;
import io.github.qbanklint.core.document.LinkTarget;

/**
 * A #fragment matches no heading or HTML id in the target document. Links to a fragment of their
 * own document (a table of contents) are checked with the document, so that their findings are
 * cached with it; links into other documents across the workspace.
 */
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

  @Override
  public void check(DocumentContext context) {
    Document document = context.document();
    AnchorCheck anchors = new AnchorCheck();
    for (LinkRef link : document.links()) {
      if (link.destination().indexOf('#') < 0) {
        continue; // no fragment, and no regex run to tell
      }
      LinkTarget.parse(link.destination())
          .filter(LinkTarget::isSameDocument)
          .flatMap(LinkTarget::fragment)
          .flatMap(
              fragment ->
                  anchors.problem(document.path(), document::anchors, fragment, "this file"))
          .ifPresent(message -> context.report(link.start(), link.end(), message));
    }
  }
}
