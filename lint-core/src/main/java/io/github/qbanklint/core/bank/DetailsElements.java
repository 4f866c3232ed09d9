package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Heading;
import io.github.qbanklint.core.document.HtmlScanner;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;

/**
 * What the bank model reads of {@code <details>} elements: the {@code <summary>} of a block that
 * opens one (a question, or a label such as {@code Answer} or {@code 查看答案} over the answer), and
 * the {@code <details>} tags a block opens and closes. A tag counts in an HTML block and in a
 * paragraph's inline HTML alike: {@code </b></details>} at the end of an answer's last paragraph
 * (or list item) is inline HTML to CommonMark, and still closes the element.
 */
final class DetailsElements {
  private static final Pattern OPENING =
      Pattern.compile(
          "^\\s*<details\\b[^>]*>\\s*<summary\\b[^>]*>(.*?)</summary\\s*>",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** An opening or (group 1 set) closing {@code <details>} tag. */
  private static final Pattern TAG = Pattern.compile("<(/)?details\\b", Pattern.CASE_INSENSITIVE);

  private DetailsElements() {}

  /** The text of the summary of a block that opens a {@code <details>}. */
  static Optional<String> summary(Node block) {
    if (!(block instanceof HtmlBlock html) || !mentionsDetails(html.getLiteral())) {
      return Optional.empty();
    }
    Matcher m = OPENING.matcher(html.getLiteral());
    return m.lookingAt()
        ? Optional.of(HtmlScanner.visibleText(m.group(1)).strip())
        : Optional.empty();
  }

  /** Whether a block opens a {@code <details>} whose summary labels the answer inside it. */
  static boolean opensAnswer(Node block) {
    return summary(block).filter(AnswerLabels::labelsSummary).isPresent();
  }

  /**
   * Whether a heading is the {@code <summary>} of the {@code <details>} its HTML block opens
   * ({@code <details><summary><h3>1. What is X?</h3></summary>…}): the rest of the block is its
   * answer.
   */
  static boolean summarises(Heading heading) {
    return heading.isHtml() && summary(heading.node()).filter(heading.text()::equals).isPresent();
  }

  /**
   * The {@code <details>} tags of a block, read in order.
   *
   * @param change how many it opens, less how many it closes
   * @param lowestAfterClose the lowest running count after a closing tag, from 0 before the block;
   *     {@link Integer#MAX_VALUE} when it closes none
   */
  record Tags(int change, int lowestAfterClose) {
    static final Tags NONE = new Tags(0, Integer.MAX_VALUE);

    /**
     * Whether the block closes the element open around it, {@code depth} deep before the block (0
     * for the block that opens it).
     */
    boolean closes(int depth) {
      return lowestAfterClose != Integer.MAX_VALUE && depth + lowestAfterClose <= 0;
    }
  }

  /** The {@code <details>} tags of a block: its HTML's, or its paragraphs' inline HTML's. */
  static Tags tags(Node block) {
    if (block instanceof HtmlBlock html) {
      return mentionsDetails(html.getLiteral()) ? read(html.getLiteral(), Tags.NONE) : Tags.NONE;
    }
    Tags tags = Tags.NONE;
    // Without recursion: inline markup may nest deeply.
    Node n = block.getFirstChild();
    while (n != null) {
      String html =
          n instanceof HtmlInline inline
              ? inline.getLiteral()
              : n instanceof HtmlBlock nested ? nested.getLiteral() : null;
      if (html != null && mentionsDetails(html)) {
        tags = read(html, tags);
      }
      if (n.getFirstChild() != null) {
        n = n.getFirstChild();
        continue;
      }
      while (n != block && n.getNext() == null) {
        n = n.getParent();
      }
      n = n == block ? null : n.getNext();
    }
    return tags;
  }

  /** The tags read so far, {@code before}, and those of {@code html} after them. */
  private static Tags read(String html, Tags before) {
    int count = before.change();
    int lowest = before.lowestAfterClose();
    for (Matcher m = TAG.matcher(withoutComments(html)); m.find(); ) {
      if (m.group(1) == null) {
        count++;
      } else {
        count--;
        lowest = Math.min(lowest, count);
      }
    }
    return new Tags(count, lowest);
  }

  /**
   * The HTML without its comments: a tag written in one ({@code <!-- see the <details> below -->})
   * is no element. A comment left open runs to the end, as in a browser.
   */
  static String withoutComments(String html) {
    int start = html.indexOf("<!--");
    if (start < 0) {
      return html;
    }
    StringBuilder kept = new StringBuilder(html.length());
    int from = 0;
    while (start >= 0) {
      kept.append(html, from, start);
      // From the comment's third character: <!--> and <!---> are whole comments.
      int end = html.indexOf("-->", start + 2);
      if (end < 0) {
        return kept.toString();
      }
      from = end + 3;
      start = html.indexOf("<!--", from);
    }
    return kept.append(html, from, html.length()).toString();
  }

  /**
   * Whether HTML, or a document, may hold a details tag ({@code <details>}, {@code </DETAILS>}),
   * told without a regex: most HTML blocks are images, and most documents have no such element.
   */
  static boolean mentionsDetails(String html) {
    return html.indexOf("etails") >= 0 || html.indexOf("ETAILS") >= 0;
  }
}
