package io.github.qbanklint.rules.math;

import io.github.qbanklint.core.document.Document;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;

/**
 * Formulas that Markdown changes before the math renderer sees them, under profiles whose
 * renderer parses Markdown first: an emphasis pair made of the formula's {@code _} or {@code *},
 * a backslash escape that loses its backslash ({@code \\} → {@code \}, {@code \{} → {@code {}),
 * a {@code <b} read as an HTML tag. One finding per formula, at the first such place.
 */
final class MarkdownConflicts {
  static final String RULE = "math-markdown-conflict";

  private MarkdownConflicts() {}

  static List<MathProblem> find(Document document, List<MathSpan> spans, MathProfile profile) {
    List<MathProblem> problems = new ArrayList<>();
    if (!profile.markdownSeesInlineMath()) {
      return problems;
    }
    List<int[]> markup = new ArrayList<>();
    collectMarkup(document.root(), markup);
    int m = 0;
    for (MathSpan span : spans) {
      if (span.kind() != MathSpan.Kind.DOLLAR && span.kind() != MathSpan.Kind.DOUBLE_DOLLAR) {
        continue;
      }
      while (m < markup.size() && markup.get(m)[0] < span.start()) {
        m++;
      }
      int node = m < markup.size() && markup.get(m)[0] < span.end() ? markup.get(m)[0] : -1;
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
                "Markdown reads part of this formula as emphasis or HTML before the math renderer"
                    + " sees it: write the formula as $`…`$ or in a ```math block."));
      }
    }
    return problems;
  }

  private static int firstEscape(MathSpan span) {
    String tex = span.tex();
    for (int i = 0; i + 1 < tex.length(); i++) {
      if (tex.charAt(i) == '\\') {
        if (MathSpanExtractor.isAsciiPunctuation(tex.charAt(i + 1))) {
          return i;
        }
        i++;
      }
    }
    return -1;
  }

  /** Start offsets of emphasis and inline HTML nodes, in document order. */
  private static void collectMarkup(Node node, List<int[]> out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Emphasis
          || child instanceof StrongEmphasis
          || child instanceof HtmlInline) {
        int start = Document.startOffset(child);
        if (start >= 0) {
          out.add(new int[] {start});
        }
      }
      collectMarkup(child, out);
    }
  }
}
