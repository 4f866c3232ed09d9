package io.github.qbanklint.rules.links;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.document.Heading;
import io.github.qbanklint.rules.toc.EmptyLinkTargets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A relative link points to a file that does not exist, or outside the workspace; or a link's
 * target is empty: {@code [text]()} anywhere, {@code [text](#)} in the table of contents.
 */
public final class BrokenLinkRule extends LocalLinkRule {
  private static final RuleMeta META =
      RuleMeta.builder("broken-link")
          .family("links")
          .summary(
              "A relative link points to a file that does not exist, or outside the workspace;"
                  + " or a link's target is empty.")
          .severity(Severity.ERROR)
          .fixable()
          .tags("links")
          .build();

  public BrokenLinkRule() {
    super(LocalLinkCheck.Category.LINK);
  }

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DocumentContext context) {
    for (EmptyLinkTargets.EmptyLink link : EmptyLinkTargets.of(context)) {
      String message = message(context.document().text().substring(link.start(), link.end()), link);
      link.fix()
          .ifPresentOrElse(
              fix -> context.report(link.start(), link.end(), message, fix),
              () -> context.report(link.start(), link.end(), message));
    }
  }

  private static String message(String written, EmptyLinkTargets.EmptyLink link) {
    String problem =
        "empty link target in '"
            + written
            + "'"
            + (link.topOfPage()
                ? " (in a table of contents, '#' alone only leads to the top of the page)"
                : "");
    List<Heading> headings = link.headings();
    if (headings.isEmpty()) {
      return problem + ": no heading is named like its text; write the target, or remove the link.";
    }
    if (headings.size() > 1) {
      return problem
          + ": "
          + headings.size()
          + " headings are named like its text ("
          + headings.stream()
              .map(h -> "#" + h.anchor() + " on line " + h.line())
              .collect(Collectors.joining(", "))
          + "): write the target of the one it stands for.";
    }
    Heading h = headings.get(0);
    String heading = "the heading '" + h.text() + "' (line " + h.line() + ")";
    return link.fix().isPresent()
        ? problem + ": link " + heading + " with #" + h.anchor() + ", or run 'qbank-lint fix'."
        : problem + ": did you mean " + heading + ", #" + h.anchor() + "?";
  }
}
