package io.github.qbanklint.rules.file;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.document.ConflictMarkers;

/**
 * A merge-conflict marker line left in the file ({@code <<<<<<<}, {@code |||||||}, {@code =======},
 * {@code >>>>>>>}), outside fenced code: the file holds both sides of a conflict git could not
 * resolve. A {@code =======} or {@code |||||||} line counts only between a {@code <<<<<<<} and a
 * {@code >>>>>>>} line, so setext underlines and table rows are left alone.
 */
public final class MergeConflictMarkerRule implements Rule {
  private static final RuleMeta META =
      RuleMeta.builder("merge-conflict-marker")
          .family("file")
          .summary("A merge-conflict marker (<<<<<<<, |||||||, =======, >>>>>>>) was left in.")
          .severity(Severity.ERROR)
          .tags("file", "git")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DocumentContext context) {
    String text = context.document().text();
    for (ConflictMarkers.Marker marker : ConflictMarkers.of(context.document()).markers()) {
      String written = text.substring(marker.start(), marker.end()).strip();
      String problem =
          marker
              .region()
              .map(
                  r ->
                      " in an unresolved conflict (lines "
                          + r.firstLine()
                          + "-"
                          + r.lastLine()
                          + ")")
              .orElseGet(() -> " with no " + partner(marker.kind()) + " line");
      context.report(
          marker.start(),
          marker.end(),
          "merge-conflict marker '"
              + written
              + "'"
              + problem
              + ": keep the text that should stay, delete the other side and every marker line"
              + " (<<<<<<<, |||||||, =======, >>>>>>>), then lint again.");
    }
  }

  /** The marker that an unpaired start or end marker lacks. */
  private static String partner(ConflictMarkers.Kind kind) {
    return kind == ConflictMarkers.Kind.START
        ? "closing '" + ConflictMarkers.Kind.END.text() + "'"
        : "opening '" + ConflictMarkers.Kind.START.text() + "'";
  }
}
