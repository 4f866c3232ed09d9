package io.github.qbanklint.core.document;

import org.commonmark.node.CustomNode;

/**
 * The inline content of a block that was too long to parse (see {@link UnparsedInline}), as
 * written. A node of its own rather than a {@code Text}, so that nothing mistakes it for parsed
 * text: the autolink extension does not look for URLs in it, and rules that read text nodes skip
 * it. {@link TextContent} includes it, so the block still counts as content.
 */
public final class UnparsedText extends CustomNode {
  private final String literal;

  public UnparsedText(String literal) {
    this.literal = literal;
  }

  public String getLiteral() {
    return literal;
  }
}
