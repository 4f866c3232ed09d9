package io.github.qbanklint.core.document;

import io.github.qbanklint.core.anchors.GithubSlugger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/** Lists a document's headings, Markdown and HTML, with GitHub anchors. */
final class HeadingExtractor {
  /**
   * The longest code span read as a tag after a question mark: {@code `easy`}, {@code `#react`}.
   */
  private static final int TAG_LENGTH = 16;

  private final Document document;
  private final GithubSlugger slugger = new GithubSlugger();
  private final List<Heading> headings = new ArrayList<>();

  private HeadingExtractor(Document document) {
    this.document = document;
  }

  static List<Heading> extract(Document document) {
    HeadingExtractor extractor = new HeadingExtractor(document);
    for (Node node : document.nodes().of(org.commonmark.node.Heading.class, HtmlBlock.class)) {
      if (node instanceof HtmlBlock html) {
        extractor.add(html);
      } else {
        extractor.add((org.commonmark.node.Heading) node);
      }
    }
    return List.copyOf(extractor.headings);
  }

  private void add(org.commonmark.node.Heading heading) {
    if (underlinedByConflictSeparator(heading)) {
      return;
    }
    String shown = TextContent.of(heading);
    // Only an image can make the rendered text differ from the shown one: spare the second pass.
    String rendered = TextContent.hasImage(heading) ? TextContent.renderedTextOf(heading) : shown;
    String withoutBackLink = withoutTrailingBackLink(heading, shown);
    Node beforeBackLink = lastInline(heading.getLastChild());
    if (!withoutBackLink.equals(shown)) {
      beforeBackLink = lastInline(beforeBackLink.getPrevious());
    }
    shown = withoutTagsAfterQuestionMark(heading, beforeBackLink, withoutBackLink);
    if (rendered.isBlank()) {
      shown = rendered; // an image-only heading is a banner, whatever its alt text says
    }
    int start = Document.startOffset(heading);
    headings.add(
        new Heading(
            heading.getLevel(),
            shown.strip(),
            document.line(start),
            start,
            Document.endOffset(heading),
            Optional.empty(),
            slugger.slug(rendered),
            heading));
  }

  /**
   * The heading's text without a link back up the page at its end ({@code ### What is X?
   * [⬆](#contents)}): navigation, not part of what the heading says. Its anchor keeps it, as
   * GitHub's does.
   */
  private static String withoutTrailingBackLink(org.commonmark.node.Heading heading, String shown) {
    Node last = lastInline(heading.getLastChild());
    if (!(last instanceof Link link) || last == heading.getFirstChild()) {
      return shown;
    }
    String linkText = TextContent.of(link);
    String kept = shown.stripTrailing();
    return BackLinks.isBackLink(link.getDestination(), linkText) && kept.endsWith(linkText)
        ? kept.substring(0, kept.length() - linkText.length())
        : shown;
  }

  /**
   * The heading's text without the images and short code spans after its question mark ({@code ###
   * What is a closure? ![Easy](https://img.shields.io/badge/-Easy-green)}, also linked, or {@code
   * `easy`}): a difficulty or topic tag that a reader sees beside the question, not as part of it.
   * Tags after any other text are kept: they may be what the heading says.
   */
  private static String withoutTagsAfterQuestionMark(
      org.commonmark.node.Heading heading, Node last, String shown) {
    String kept = shown.stripTrailing();
    for (Node badge = last;
        badge != null && badge != heading.getFirstChild() && isTag(badge);
        badge = lastInline(badge.getPrevious())) {
      String alt = TextContent.of(badge);
      if (!kept.endsWith(alt)) {
        return shown;
      }
      kept = kept.substring(0, kept.length() - alt.length()).stripTrailing();
      if (kept.endsWith("?") || kept.endsWith("？")) {
        return kept;
      }
    }
    return shown;
  }

  private static boolean isTag(Node node) {
    return node instanceof Code code && code.getLiteral().strip().length() <= TAG_LENGTH
        || node instanceof Image
        || node instanceof Link link
            && link.getFirstChild() instanceof Image
            && link.getFirstChild() == link.getLastChild();
  }

  /** The node, or the last before it that is not blank text. */
  private static Node lastInline(Node node) {
    Node last = node;
    while (last instanceof Text t && t.getLiteral().isBlank()) {
      last = last.getPrevious();
    }
    return last;
  }

  /**
   * Whether the heading is a line of a merge conflict "underlined" by its {@code =======}
   * separator: CommonMark reads that as a setext heading, but it is one side's last line, not a
   * heading.
   */
  private boolean underlinedByConflictSeparator(org.commonmark.node.Heading heading) {
    if (heading.getSourceSpans().size() < 2) {
      return false;
    }
    int underline = document.line(Document.endOffset(heading) - 1);
    return ConflictMarkers.of(document).markers().stream()
        .anyMatch(
            m ->
                m.line() == underline
                    && m.kind() == ConflictMarkers.Kind.SEPARATOR
                    && m.region().isPresent());
  }

  private void add(HtmlBlock htmlBlock) {
    int blockStart = Document.startOffset(htmlBlock);
    if (blockStart < 0) {
      return;
    }
    String html = document.source(htmlBlock);
    for (HtmlScanner.HtmlHeading found : HtmlScanner.headings(HtmlScanner.withoutComments(html))) {
      int start = blockStart + found.start();
      headings.add(
          new Heading(
              found.level(),
              found.text(),
              document.line(start),
              start,
              blockStart + found.end(),
              found.id(),
              found.id().orElse(""),
              htmlBlock));
    }
  }
}
