package io.github.qbanklint.rules.math;

import java.util.function.Predicate;
import org.commonmark.node.Node;

/**
 * Walks a commonmark tree in document order without recursion, so deep nesting cannot overflow, and
 * without a stack of pending nodes: the tree's own sibling and parent links say where to go next
 * (pushing every child onto a deque was the walk's main cost).
 */
final class NodeWalk {
  private NodeWalk() {}

  /**
   * Visits the descendants of {@code root} in document order; {@code visit} returns whether to go
   * on into the children of the node it was given.
   */
  static void descendants(Node root, Predicate<Node> visit) {
    Node node = root.getFirstChild();
    while (node != null) {
      Node child = visit.test(node) ? node.getFirstChild() : null;
      node = child != null ? child : following(node, root);
    }
  }

  /** The first node after the subtree of {@code node} in document order, inside {@code root}. */
  private static Node following(Node node, Node root) {
    for (Node n = node; n != root; n = n.getParent()) {
      if (n.getNext() != null) {
        return n.getNext();
      }
    }
    return null;
  }
}
