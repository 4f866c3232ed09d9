package io.github.qbanklint.rules.math;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Predicate;
import org.commonmark.node.Node;

/** Walks a commonmark tree in document order without recursion, so deep nesting cannot overflow. */
final class NodeWalk {
  private NodeWalk() {}

  /**
   * Visits the descendants of {@code root} in document order; {@code visit} returns whether to go
   * on into the children of the node it was given.
   */
  static void descendants(Node root, Predicate<Node> visit) {
    Deque<Node> pending = new ArrayDeque<>();
    pushChildren(root, pending);
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (visit.test(node)) {
        pushChildren(node, pending);
      }
    }
  }

  private static void pushChildren(Node node, Deque<Node> pending) {
    for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
      pending.push(child);
    }
  }
}
