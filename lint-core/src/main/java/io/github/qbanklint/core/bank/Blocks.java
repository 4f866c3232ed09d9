package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import io.github.qbanklint.core.document.NodeIndex;
import java.util.List;
import org.commonmark.node.Node;

/** A document's top-level blocks, and which block holds each heading. */
final class Blocks {
  private final NodeIndex index;
  private final List<Node> blocks;
  private final int[] headingBlock;
  private final boolean[] startsHeading;

  Blocks(Document document, List<Heading> headings) {
    index = document.nodes();
    blocks = index.blocks();
    headingBlock = new int[headings.size()];
    startsHeading = new boolean[blocks.size()];
    for (int i = 0; i < headings.size(); i++) {
      headingBlock[i] = index.blockOf(headings.get(i).node());
      startsHeading[headingBlock[i]] = true;
    }
  }

  /** The document's nodes, which the blocks are among. */
  NodeIndex index() {
    return index;
  }

  List<Node> all() {
    return blocks;
  }

  int headingCount() {
    return headingBlock.length;
  }

  int headingBlock(int heading) {
    return headingBlock[heading];
  }

  boolean startsHeading(int block) {
    return startsHeading[block];
  }

  /** The blocks after heading {@code i} up to the next heading. */
  List<Node> ownBlocks(int i) {
    return between(i, i + 1);
  }

  /**
   * The blocks after heading {@code from} up to heading {@code to} (the end when past the last).
   */
  List<Node> between(int from, int to) {
    int start = headingBlock[from] + 1;
    int end = to < headingBlock.length ? headingBlock[to] : blocks.size();
    return blocks.subList(Math.min(start, end), end);
  }
}
