package io.github.qbanklint.rules.math;

import io.github.qbanklint.core.document.Document;
import java.util.List;
import org.commonmark.node.Node;

/**
 * The formulas of a document under one profile, and the delimiter problems found while looking for
 * them (unclosed dollars, {@code \( … \)} in text). Computed once per document and profile.
 *
 * @param markup the emphasis and raw HTML nodes, in document order, of the blocks that may hold a
 *     formula (a dollar or a backslash in their text): every such node that starts inside a
 *     formula, for {@link MarkdownConflicts}, found on the same walk
 */
record MathSpans(List<MathSpan> spans, List<MathProblem> problems, List<Node> markup) {

  static MathSpans of(Document document, MathProfile profile) {
    return document.memo(
        List.of(MathSpans.class, profile), d -> new MathSpanExtractor(d, profile).extract());
  }
}
