package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;

/** A document's top-level blocks, and which block holds each heading. */
final class Blocks {
  private final List<Node> blocks = new ArrayList<>();
  private final int[] headingBlock;
  private final boolean[] startsHeading;

  Blocks(Document document, List<Heading> headings) {
    for (Node n = document.root().getFirstChild(); n != null; n = n.getNext()) {
      blocks.add(n);
    }
    // Keyed by identity: each node is one place, and hashing nodes would walk their trees.
    Map<Node, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      index.put(blocks.get(i), i);
    }
    headingBlock = new int[headings.size()];
    startsHeading = new boolean[blocks.size()];
    for (int i = 0; i < headings.size(); i++) {
      headingBlock[i] = index.get(topLevelAncestor(headings.get(i).node()));
      startsHeading[headingBlock[i]] = true;
    }
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

  private static Node topLevelAncestor(Node node) {
    Node n = node;
    while (n.getParent() != null && n.getParent().getParent() != null) {
      n = n.getParent();
    }
    return n;
  }
}
