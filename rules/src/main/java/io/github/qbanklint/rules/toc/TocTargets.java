package io.github.qbanklint.rules.toc;

import io.github.qbanklint.core.bank.BankModel;
import io.github.qbanklint.core.bank.Toc;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import io.github.qbanklint.rules.structure.Outline;
import java.util.List;

/**
 * The headings a table of contents should list: the sections and questions after it, without
 * sub-headings inside answers, down to the depth the table goes. A flat table that lists questions
 * too is read as listing everything at depth 1. A title above the table does not count as a level.
 */
final class TocTargets {
  private TocTargets() {}

  static List<TocTarget> of(Document document, BankModel bank, Toc toc) {
    int tocStart = toc.heading().map(Heading::start).orElse(toc.listStart());
    List<TocTarget> all =
        Outline.of(document, bank).stream()
            .filter(item -> item.heading().start() > tocStart)
            .map(item -> new TocTarget(item.heading(), depthAfter(item, tocStart), item.question()))
            .toList();
    int maxDepth = toc.maxDepth();
    long withinDepth = all.stream().filter(t -> t.depth() <= maxDepth).count();
    if (maxDepth == 1 && toc.entries().size() * 2 > withinDepth * 3) {
      return all.stream().map(t -> new TocTarget(t.heading(), 1, t.question())).toList();
    }
    return all.stream().filter(t -> t.depth() <= maxDepth).toList();
  }

  /** The depth without the sections that start before the table (a title above it, say). */
  private static int depthAfter(Outline.Item item, int tocStart) {
    int depth = item.depth();
    for (Outline.Item p = item.parent().orElse(null); p != null; p = p.parent().orElse(null)) {
      if (p.heading().start() <= tocStart) {
        depth--;
      }
    }
    return depth;
  }
}
