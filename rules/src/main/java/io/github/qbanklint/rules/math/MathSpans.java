package io.github.qbanklint.rules.math;

import io.github.qbanklint.core.document.Document;
import java.util.List;

/**
 * The formulas of a document under one profile, and the delimiter problems found while looking for
 * them (unclosed dollars, {@code \( … \)} in text). Computed once per document and profile.
 */
record MathSpans(List<MathSpan> spans, List<MathProblem> problems) {

  static MathSpans of(Document document, MathProfile profile) {
    return document.memo(
        List.of(MathSpans.class, profile), d -> new MathSpanExtractor(d, profile).extract());
  }
}
