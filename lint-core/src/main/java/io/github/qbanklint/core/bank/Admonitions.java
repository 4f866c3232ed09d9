package io.github.qbanklint.core.bank;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * MkDocs admonitions: {@code !!! note "Answer"} opens a box, {@code ??? note "Answer"} (or {@code
 * ???+}) a collapsible one, as Python-Markdown's admonition and PyMdown's details extensions write
 * them; the box holds the lines indented under the opener. CommonMark reads the opener as a
 * paragraph and the indented lines as a code block (or, with no blank line between, as the
 * paragraph's next lines), so the opener would count as an answer of its own and a box holding
 * {@code TODO} as code.
 */
final class Admonitions {
  private static final Pattern OPENER =
      Pattern.compile(
          "(!!!|\\?\\?\\?\\+?)[ \\t]*([A-Za-z][\\w-]*)(?:[ \\t]+[A-Za-z][\\w-]*)*"
              + "(?:[ \\t]+\"([^\"]*)\")?[ \\t]*");

  private Admonitions() {}

  /**
   * An admonition's opener line.
   *
   * @param title its title: the quoted one, else its type ({@code note})
   * @param collapsible whether it opens a {@code ???} box, which renders as a {@code <details>}
   * @param length the opener line's length in shown text
   */
  record Opener(String title, boolean collapsible, int length) {}

  /** The opener a paragraph, whose inlines start at {@code first}, opens with; empty if none. */
  static Optional<Opener> opener(Node first) {
    if (!(first instanceof Text text) || !mayOpen(text.getLiteral())) {
      return Optional.empty(); // most paragraphs: no line to collect
    }
    String line = ParagraphLines.lineFrom(first);
    Matcher opener = OPENER.matcher(line);
    if (!opener.matches()) {
      return Optional.empty();
    }
    String quoted = opener.group(3);
    String title =
        quoted != null && !quoted.isBlank()
            ? quoted.strip()
            : opener.group(2).toLowerCase(Locale.ROOT);
    return Optional.of(new Opener(title, opener.group(1).startsWith("?"), line.length()));
  }

  /**
   * The shown text of a paragraph, whose inlines start at {@code first} and show {@code shown}
   * (line breaks as spaces), without an opener line first.
   */
  static String withoutOpener(Node first, String shown) {
    return opener(first)
        .map(o -> shown.substring(Math.min(shown.length(), o.length() + 1)))
        .orElse(shown);
  }

  /** Whether a code block is the indented body of the admonition opened just above it. */
  static boolean isBody(IndentedCodeBlock code) {
    return code.getPrevious() instanceof Paragraph p && opener(p.getFirstChild()).isPresent();
  }

  private static boolean mayOpen(String literal) {
    return literal.startsWith("!!!") || literal.startsWith("???");
  }
}
