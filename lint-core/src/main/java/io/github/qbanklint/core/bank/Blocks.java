package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import io.github.qbanklint.core.document.NodeIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * A document's blocks in reading order, and which block holds each heading. They are the top-level
 * blocks, except that a list or block quote holding a heading is read as its children: in {@code 1.
 * ### What is a closure?} the heading's answer is the rest of its list item, and the next item's
 * heading is the next question. So is a list of {@code <details>} questions.
 */
final class Blocks {
  private final NodeIndex index;
  private final List<Node> blocks;
  private final int[] headingBlock;
  private final boolean[] startsHeading;
  private final boolean mayHoldDetails;

  Blocks(Document document, List<Heading> headings) {
    index = document.nodes();
    mayHoldDetails = DetailsElements.mentionsDetails(document.text());
    Set<Node> opened = containersOfNestedHeadings(headings);
    openListsOfDetailsQuestions(index, opened);
    blocks = opened.isEmpty() ? index.blocks() : readingOrder(index.blocks(), opened);
    Map<Node, Integer> numbers = new IdentityHashMap<>();
    if (!opened.isEmpty()) {
      for (int b = 0; b < blocks.size(); b++) {
        numbers.put(blocks.get(b), b);
      }
    }
    headingBlock = new int[headings.size()];
    startsHeading = new boolean[blocks.size()];
    for (int i = 0; i < headings.size(); i++) {
      Node node = headings.get(i).node();
      headingBlock[i] = opened.isEmpty() ? index.blockOf(node) : blockHolding(node, numbers);
      startsHeading[headingBlock[i]] = true;
    }
  }

  /** The lists, list items and block quotes that hold a heading, at any depth. */
  private static Set<Node> containersOfNestedHeadings(List<Heading> headings) {
    Set<Node> opened = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Heading h : headings) {
      for (Node n = h.node().getParent(); n != null && n.getParent() != null; n = n.getParent()) {
        opened.add(n);
      }
    }
    return opened;
  }

  /**
   * Lists whose items open with {@code <details><summary>What is X?</summary>} (two or more), with
   * their containers: read as their children, so that each such element is a question as it would
   * be outside the list.
   */
  private static void openListsOfDetailsQuestions(NodeIndex index, Set<Node> opened) {
    Map<Node, Integer> questionsByList = new IdentityHashMap<>();
    for (HtmlBlock html : index.of(HtmlBlock.class)) {
      if (html.getParent() instanceof ListItem item
          && item.getFirstChild() == html
          && DetailsElements.summary(html).filter(QuestionText::endsWithQuestionMark).isPresent()) {
        questionsByList.merge(item.getParent(), 1, Integer::sum);
      }
    }
    questionsByList.forEach(
        (list, count) -> {
          if (count >= 2) {
            for (Node n = list; n.getParent() != null; n = n.getParent()) {
              opened.add(n);
            }
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
              opened.add(item);
            }
          }
        });
  }

  private static List<Node> readingOrder(List<Node> topLevel, Set<Node> opened) {
    List<Node> order = new ArrayList<>();
    for (Node block : topLevel) {
      addInOrder(block, opened, order);
    }
    return List.copyOf(order);
  }

  private static void addInOrder(Node block, Set<Node> opened, List<Node> order) {
    if (!opened.contains(block)) {
      order.add(block);
      return;
    }
    for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
      addInOrder(child, opened, order);
    }
  }

  private static int blockHolding(Node node, Map<Node, Integer> numbers) {
    for (Node n = node; n != null; n = n.getParent()) {
      Integer number = numbers.get(n);
      if (number != null) {
        return number;
      }
    }
    throw new IllegalArgumentException("not a node of this document: " + node);
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

  /**
   * How deep in {@code <details>} elements each heading stands: how many were opened before its
   * block and not yet closed.
   */
  int[] detailsDepths() {
    int[] depthAt = new int[blocks.size()];
    int depth = 0;
    // Reading the tags walks every inline of every block: skipped where no tag can be.
    for (int b = 0; mayHoldDetails && b < blocks.size(); b++) {
      depthAt[b] = depth;
      depth = Math.max(0, depth + DetailsElements.tags(blocks.get(b)).change());
    }
    int[] depths = new int[headingBlock.length];
    for (int i = 0; i < depths.length; i++) {
      depths[i] = depthAt[headingBlock[i]];
    }
    return depths;
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
