package io.github.qbanklint.core.document;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/** Finds the blocks whose inline content was not parsed. */
final class UnparsedInlines {
  private UnparsedInlines() {}

  static List<UnparsedInline> of(NodeIndex index) {
    List<UnparsedInline> found = new ArrayList<>();
    for (UnparsedText unparsed : index.of(UnparsedText.class)) {
      // An unparsed block's only child.
      Node block = unparsed.getParent();
      if ((block instanceof Paragraph || block instanceof Heading || block instanceof TableCell)
          && block.getFirstChild() == unparsed) {
        found.add(unparsed.inline());
      }
    }
    return List.copyOf(found);
  }
}
