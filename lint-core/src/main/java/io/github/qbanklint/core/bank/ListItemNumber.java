package io.github.qbanklint.core.bank;

import java.util.Optional;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

/**
 * The number a reader sees before a heading that opens an item of a numbered list ({@code 2. ###
 * What is a closure?}): the list's first number plus the item's place in it, as Markdown renders it
 * whatever numbers the later items are written with.
 */
final class ListItemNumber {
  private ListItemNumber() {}

  static Optional<SequenceNumber> of(Node heading) {
    if (!(heading.getParent() instanceof ListItem item)
        || item.getFirstChild() != heading
        || !(item.getParent() instanceof OrderedList list)) {
      return Optional.empty();
    }
    int number = first(list);
    for (Node before = item.getPrevious(); before != null; before = before.getPrevious()) {
      number++;
    }
    return Optional.of(of(number));
  }

  /** The number a reader sees before a list's first item: {@code 4} for a list written from 4. */
  static int first(OrderedList list) {
    Integer start = list.getMarkerStartNumber();
    return start == null ? 1 : start;
  }

  static SequenceNumber of(int number) {
    return new SequenceNumber("", new int[] {number});
  }
}
