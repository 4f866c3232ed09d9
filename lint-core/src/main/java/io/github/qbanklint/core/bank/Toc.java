package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Heading;
import java.util.List;
import java.util.Optional;

/**
 * A table of contents: its heading (absent for a leading link list or a table between markers
 * without one), the offsets of its block, the offsets of its lists or table (what a regenerated
 * table replaces), its entries in order, and whether it is a generated marker such as {@code
 * [TOC]}.
 *
 * @param blockStart offset just past the heading or the start marker (or of the leading list)
 * @param blockEnd offset just past the table's last block (without lists, the last block under its
 *     heading)
 * @param listStart offset of the first list item's line start, or {@code blockEnd} without lists
 * @param listEnd offset just past the last list's last character
 * @param table whether the entries are the rows of a table, which is not regenerated
 */
public record Toc(
    Optional<Heading> heading,
    int blockStart,
    int blockEnd,
    List<TocEntry> entries,
    boolean generated,
    int listStart,
    int listEnd,
    boolean table) {

  public Toc {
    entries = List.copyOf(entries);
  }

  /** The deepest nesting level of its entries, 0 when it has none. */
  public int maxDepth() {
    return entries.stream().mapToInt(TocEntry::depth).max().orElse(0);
  }
}
