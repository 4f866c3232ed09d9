package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Heading;
import java.util.List;
import java.util.Optional;

/**
 * A table of contents: its heading (absent for a leading link list), the offsets of its block, its
 * entries in order, and whether it is a generated marker such as {@code [TOC]}.
 */
public record Toc(
    Optional<Heading> heading,
    int blockStart,
    int blockEnd,
    List<TocEntry> entries,
    boolean generated) {

  public Toc {
    entries = List.copyOf(entries);
  }
}
