package io.github.qbanklint.core.document;

import org.commonmark.node.Node;

/**
 * A block whose inline content was too long to parse: a paragraph, heading or table cell of more
 * than the document's inline limit. Its content is kept as one {@link UnparsedText} node without a
 * source span, so the rules that read emphasis, links, code spans or math skip it instead of
 * misreading it.
 *
 * @param block the paragraph, heading or table cell
 * @param start offset of the content's first character
 * @param end offset just past the content
 * @param length the content's length in characters, line breaks and indentation excluded
 * @param limit the limit it exceeded
 */
public record UnparsedInline(Node block, int start, int end, int length, int limit) {}
