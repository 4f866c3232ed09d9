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

  /*
   * equals and hashCode written out: headings are set and map keys in the bank model and rules,
   * and a record's generated ones cost a method-handle bootstrap on first use, tens of
   * milliseconds of every cold start. Same meaning as the generated ones.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Heading h
        && level == h.level
        && line == h.line
        && start == h.start
        && end == h.end
        && text.equals(h.text)
        && htmlId.equals(h.htmlId)
        && slug.equals(h.slug)
        && node == h.node;
  }

  @Override
  public int hashCode() {
    return (start * 31 + end) * 31 + System.identityHashCode(node);
  }

  public boolean isHtml() {
    return !(node instanceof org.commonmark.node.Heading);
  }

  /** The fragment that links to this heading: the HTML id where it has one, else the slug. */
  public String anchor() {
    return htmlId.orElse(slug);
  }
}
