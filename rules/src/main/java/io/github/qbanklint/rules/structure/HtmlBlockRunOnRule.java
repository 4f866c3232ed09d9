package io.github.qbanklint.rules.structure;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Fix;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import io.github.qbanklint.core.document.HtmlScanner;
import io.github.qbanklint.core.document.LineIndex;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Text written on the line right after an HTML heading's closing tag ({@code </h2>}), with no blank
 * line between: CommonMark keeps it inside the heading's HTML block, and GitHub shows it with its
 * Markdown, links and math unrendered. The document already finds these run-ons ({@link
 * Document#htmlRunOns()}, top-level blocks only); a run-on that is raw HTML alone renders the same
 * either way and is not reported. The fix inserts a blank line after the heading.
 */
public final class HtmlBlockRunOnRule implements Rule {
  private static final RuleMeta META =
      RuleMeta.builder("html-block-run-on")
          .family("structure")
          .summary(
              "Text right after an HTML heading (</h2>, no blank line) that GitHub leaves"
                  + " unrendered.")
          .severity(Severity.WARNING)
          .fixable()
          .tags("structure", "html")
          .build();

  private static final Pattern CLOSING_TAG =
      Pattern.compile("</h([1-6])\\s*>", Pattern.CASE_INSENSITIVE);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DocumentContext context) {
    Document document = context.document();
    List<Integer> runOns = document.htmlRunOns();
    if (runOns.isEmpty()) {
      return;
    }
    List<Node> blocks = document.nodes().blocks();
    List<Heading> htmlHeadings = document.headings().stream().filter(Heading::isHtml).toList();
    int block = 0;
    int heading = 0;
    for (int i = 0; i < runOns.size(); i++) {
      int start = runOns.get(i);
      int limit = i + 1 < runOns.size() ? runOns.get(i + 1) : document.text().length();
      while (block < blocks.size() && Document.startOffset(blocks.get(block)) < start) {
        block++;
      }
      while (heading + 1 < htmlHeadings.size() && htmlHeadings.get(heading + 1).end() <= start) {
        heading++;
      }
      if (!onlyHtml(blocks, block, runOnEnd(document, start, limit))) {
        int headingLine =
            heading < htmlHeadings.size() && htmlHeadings.get(heading).end() <= start
                ? htmlHeadings.get(heading).line()
                : document.line(start) - 1;
        report(context, start, headingLine);
      }
    }
  }

  /**
   * Where the run-on text at {@code start} ends: at the blank line that ends the heading's HTML
   * block, or at the next run-on, which is reported on its own.
   */
  private static int runOnEnd(Document document, int start, int limit) {
    LineIndex lines = document.lineIndex();
    for (int line = lines.line(start); line <= lines.lineCount(); line++) {
      if (lines.lineStart(line) >= limit) {
        return limit;
      }
      if (lines.lineText(line).isBlank()) {
        return lines.lineStart(line);
      }
    }
    return limit;
  }

  /**
   * Whether the run-on's blocks, from index {@code first} to {@code end}, are all raw HTML: HTML
   * shows the same inside the heading's block or after a blank line.
   */
  private static boolean onlyHtml(List<Node> blocks, int first, int end) {
    boolean any = false;
    for (int i = first; i < blocks.size() && Document.startOffset(blocks.get(i)) < end; i++) {
      if (!isHtml(blocks.get(i))) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** An HTML block, or a paragraph of inline HTML alone ({@code <a name="x"></a>}). */
  private static boolean isHtml(Node block) {
    if (block instanceof HtmlBlock) {
      return true;
    }
    if (!(block instanceof Paragraph)) {
      return false;
    }
    for (Node n = block.getFirstChild(); n != null; n = n.getNext()) {
      boolean html =
          n instanceof HtmlInline
              || n instanceof SoftLineBreak
              || n instanceof Text t && t.getLiteral().isBlank();
      if (!html) {
        return false;
      }
    }
    return true;
  }

  private static void report(DocumentContext context, int start, int headingLine) {
    Document document = context.document();
    LineIndex lines = document.lineIndex();
    String text = document.text();
    int line = lines.line(start);
    int closingLine = line - 1;
    int from = start;
    int to = lines.lineEnd(line);
    while (from < to && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    String tag = closingTag(lines.lineText(closingLine));
    String where = closingLine == headingLine ? "" : " on line " + closingLine;
    // The closing line's own line break: CRLF files get CRLF, a mixed file the break beside it.
    String lineBreak = text.substring(lines.lineEnd(closingLine), start);
    context.report(
        from,
        to,
        "text right after the HTML heading on line "
            + headingLine
            + " is shown unrendered on GitHub (its Markdown, links and math appear literally):"
            + " insert a blank line after "
            + tag
            + where
            + ".",
        Fix.replace("insert a blank line after " + tag, start, start, lineBreak));
  }

  /** The last closing heading tag on the line, lower-cased ({@code </h2>}). */
  private static String closingTag(String line) {
    Matcher m = CLOSING_TAG.matcher(HtmlScanner.withoutComments(line));
    String level = null;
    while (m.find()) {
      level = m.group(1);
    }
    return level == null ? "the heading" : "</h" + level + ">";
  }
}
