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
  private final int start;
  private final int end;
  private final int length;
  private final int limit;

  /** See {@link UnparsedInline} for the meaning of the numbers. */
  UnparsedText(String literal, int start, int end, int length, int limit) {
    this.literal = literal;
    this.start = start;
    this.end = end;
    this.length = length;
    this.limit = limit;
  }

  public String getLiteral() {
    return literal;
  }

  /** What this node stands for: its block (the parent), range, length and the limit exceeded. */
  UnparsedInline inline() {
    return new UnparsedInline(getParent(), start, end, length, limit);
  }
}
