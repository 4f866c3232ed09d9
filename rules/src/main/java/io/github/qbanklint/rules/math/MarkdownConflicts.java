package io.github.qbanklint.rules.math;

import io.github.qbanklint.core.document.Document;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;

/**
 * Formulas that Markdown changes before the math renderer sees them, under profiles whose
 * renderer parses Markdown first: an emphasis pair made of the formula's {@code _} or {@code *},
 * a backslash escape that loses its backslash ({@code \\} → {@code \}, {@code \{} → {@code {}),
 * a {@code <b} read as an HTML tag. One finding per formula, at the first such place.
 */
final class MarkdownConflicts {
  static final String RULE = "math-markdown-conflict";

  private MarkdownConflicts() {}

  static List<MathProblem> find(Document document, MathSpans found, MathProfile profile) {
    List<MathProblem> problems = new ArrayList<>();
    if (!profile.markdownSeesInlineMath()) {
      return problems;
    }
    List<Node> markup = found.markup();
    int m = 0;
    for (MathSpan span : found.spans()) {
      if (span.kind() != MathSpan.Kind.DOLLAR && span.kind() != MathSpan.Kind.DOUBLE_DOLLAR) {
        continue;
      }
      while (m < markup.size() && Document.startOffset(markup.get(m)) < span.start()) {
        m++;
      }
      Node inside =
          m < markup.size() && Document.startOffset(markup.get(m)) < span.end()
              ? markup.get(m)
              : null;
      int node = inside == null ? -1 : Document.startOffset(inside);
      int escape = firstEscape(span);
      if (escape >= 0 && (node < 0 || span.offset(escape) < node)) {
        String escaped = span.tex().substring(escape, escape + 2);
        problems.add(
            new MathProblem(
                RULE,
                span.offset(escape),
                span.offset(escape + 2),
                "Markdown turns '"
                    + escaped
                    + "' into '"
                    + escaped.charAt(1)
                    + "' before the math renderer sees it: write the formula as $`…`$ or in a"
                    + " ```math block (or double the backslash)."));
      } else if (node >= 0) {
        problems.add(
            new MathProblem(
                RULE,
                node,
                node + 1,
                "Markdown reads "
                    + (inside instanceof HtmlInline
                        ? "'" + document.source(inside) + "' as an HTML tag"
                        : "the " + document.text().charAt(node) + " pair from here as emphasis")
                    + " before the math renderer sees the formula: write it as $`…`$ or in a"
                    + " ```math block."));
      }
    }
    return problems;
  }

  /**
   * The first backslash escape Markdown would consume; {@code \(} and kin are math-delimiters' own.
   */
  private static int firstEscape(MathSpan span) {
    String tex = span.tex();
    for (int i = 0; i + 1 < tex.length(); i++) {
      if (tex.charAt(i) == '\\') {
        char next = tex.charAt(i + 1);
        if (MathSpanExtractor.isAsciiPunctuation(next) && "()[]".indexOf(next) < 0) {
          return i;
        }
        i++;
      }
    }
    return -1;
  }
}
