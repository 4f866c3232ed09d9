package io.github.qbanklint.core.document;

import java.util.Optional;
import org.commonmark.node.Node;

/**
 * A heading as a reader sees it: a Markdown ATX/setext heading or an HTML {@code <hN>} element.
 *
 * @param level 1 to 6
 * @param text the shown text, trimmed, without markup
 * @param line 1-based line of the heading
 * @param start offset of the heading's first character in the document text
 * @param end offset just past the heading
 * @param htmlId the {@code id} attribute of an HTML heading, as written
 * @param slug the GitHub anchor of a Markdown heading (with {@code -1} suffixes for duplicates);
 *     for an HTML heading, its id
 * @param node the commonmark node: a {@code Heading} or the {@code HtmlBlock} holding it
 */
public record Heading(
    int level,
    String text,
    int line,
    int start,
    int end,
    Optional<String> htmlId,
    String slug,
    Node node) {

  public boolean isHtml() {
    return !(node instanceof org.commonmark.node.Heading);
  }

  /** The fragment that links to this heading: the HTML id where it has one, else the slug. */
  public String anchor() {
    return htmlId.orElse(slug);
  }
}
