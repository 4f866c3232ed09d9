package io.github.qbanklint.core.document;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/** Finds the blocks whose inline content was not parsed, visiting blocks only. */
final class UnparsedInlines {
  private UnparsedInlines() {}

  static List<UnparsedInline> of(Node root) {
    List<UnparsedInline> found = new ArrayList<>();
    collect(root, found);
    return List.copyOf(found);
  }

  private static void collect(Node node, List<UnparsedInline> found) {
    if (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell) {
      // An unparsed block's only child; the other children are inline nodes, not blocks.
      if (node.getFirstChild() instanceof UnparsedText unparsed) {
        found.add(unparsed.inline());
      }
      return;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      collect(child, found);
    }
  }
}
