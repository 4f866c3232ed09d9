package io.github.qbanklint.core.document;

import java.util.EnumSet;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.ext.autolink.internal.AutolinkPostProcessor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * GFM autolinks ({@code https://…}, {@code www.…}, e-mail addresses), found by commonmark's own
 * autolink post-processor, but only in text that can hold one: it scans every character of every
 * text node, which cost 7% of a whole run, while a link needs a {@code :}, an {@code @} or a {@code
 * www.}. Found block by block as the inline parser finishes each, so the tree is not walked a
 * second time. The nodes it makes are the extension's, so the tree is the one {@code
 * AutolinkExtension} would build.
 */
final class PrefilteredAutolinks {
  /** Shared: the post-processor keeps no state between calls. */
  private static final AutolinkPostProcessor LINKER =
      new AutolinkPostProcessor(EnumSet.allOf(AutolinkType.class));

  private PrefilteredAutolinks() {}

  /** Links the autolinks in the inline content of {@code block}, which has just been parsed. */
  static void linkIn(Node block) {
    Node node = block.getFirstChild();
    while (node != null) {
      Node firstChild = node.getFirstChild();
      // Text inside a link is never linked again.
      if (firstChild != null && !(node instanceof Link)) {
        node = firstChild;
        continue;
      }
      Node next = nextAfter(node, block); // before linking: linking replaces the text node
      if (node instanceof Text && mayHoldLink(((Text) node).getLiteral())) {
        LINKER.process(node);
      }
      node = next;
    }
  }

  /** The node after {@code node} in document order, outside its subtree, within {@code root}. */
  private static Node nextAfter(Node node, Node root) {
    for (Node at = node; at != root; at = at.getParent()) {
      if (at.getNext() != null) {
        return at.getNext();
      }
    }
    return null;
  }

  static boolean mayHoldLink(String text) {
    // The extension drops empty text nodes (a trailing space's): so must this, for the same tree.
    if (text.isEmpty()) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > '@') {
        continue; // most characters: none of ':', '@' and '.' lies above '@'
      }
      if (c == ':'
          || c == '@'
          || c == '.' && i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3)) {
        return true;
      }
    }
    return false;
  }
}
