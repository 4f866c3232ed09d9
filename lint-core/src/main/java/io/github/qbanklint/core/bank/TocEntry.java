package io.github.qbanklint.core.bank;

import java.util.Optional;

/**
 * One item of a table of contents: a list item, or a row of a table.
 *
 * @param depth nesting depth, 1 for top-level items
 * @param text the item's shown text (without nested items)
 * @param target the link destination when the item is a link ({@code #anchor}, {@code other.md#x})
 * @param line 1-based line of the item
 * @param start offset of the item's text
 * @param end offset just past the item's text
 * @param marker the list marker as a style: {@code -}, {@code *}, {@code +}, or {@code 1.} / {@code
 *     1)} for ordered lists; {@code |} for a row of a table
 * @param indent the whitespace before the marker on the item's line
 */
public record TocEntry(
    int depth,
    String text,
    Optional<String> target,
    int line,
    int start,
    int end,
    String marker,
    String indent) {

  public boolean isLink() {
    return target.isPresent();
  }

  /** The in-document anchor this entry links to: the target after {@code #}, when it has one. */
  public Optional<String> anchor() {
    return target.filter(t -> t.startsWith("#")).map(t -> t.substring(1));
  }
}
