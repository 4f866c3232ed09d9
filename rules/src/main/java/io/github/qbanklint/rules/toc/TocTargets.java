package io.github.qbanklint.rules.toc;

import io.github.qbanklint.core.bank.BankModel;
import io.github.qbanklint.core.bank.Toc;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import io.github.qbanklint.rules.structure.Outline;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headings a table of contents may list: the headings after it whose role in the bank model is
 * section or question. A title, the TOC heading and sub-headings inside answers never are. Which of
 * them the table must list is its {@link TocScope}.
 */
final class TocTargets {
  private TocTargets() {}

  static List<TocTarget> of(Document document, BankModel bank, Toc toc) {
    int tocStart = toc.heading().map(Heading::start).orElse(toc.listStart());
    Map<Outline.Item, TocTarget> made = new IdentityHashMap<>();
    List<TocTarget> targets = new ArrayList<>();
    for (Outline.Item item : Outline.of(document, bank)) {
      if (item.heading().start() <= tocStart) {
        continue;
      }
      TocTarget target =
          new TocTarget(
              item.heading(),
              depthAfter(item, tocStart),
              item.question(),
              item.parent().map(made::get));
      made.put(item, target);
      targets.add(target);
    }
    return List.copyOf(targets);
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
