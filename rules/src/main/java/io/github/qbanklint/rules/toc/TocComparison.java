package io.github.qbanklint.rules.toc;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Fix;
import io.github.qbanklint.core.bank.BankModel;
import io.github.qbanklint.core.bank.Toc;
import io.github.qbanklint.core.bank.TocEntry;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import io.github.qbanklint.rules.structure.BankMemo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A document's table of contents compared with its headings: which entry goes with which heading,
 * which entries match nothing, which headings have no entry, and which entries are in the wrong
 * place. Computed once per document and shared by the four {@code toc-*} rules.
 */
final class TocComparison {
  /**
   * An entry and a heading that share neither key nor anchor are paired (a renamed pair, reported
   * by toc-text-mismatch) only when their {@linkplain TocText#similarity similarity} is above this:
   * more than half of the longer key agrees. At or below it they are unrelated, an orphan entry and
   * a missing heading. docs/rules/toc-text-mismatch.md states the value.
   */
  private static final double PAIRING_THRESHOLD = 0.5;

  private static final double OTHER_DEPTH = 0.5;

  /** An entry and the heading it stands for. */
  record Match(TocEntry entry, TocTarget target) {}

  /** Consecutive entries whose headings are elsewhere in the document. */
  record Move(List<Match> matches, Optional<TocTarget> headingBefore) {}

  private final Document document;
  private final BankModel bank;
  private final Toc toc;
  private final List<TocTarget> targets;
  private final List<Match> matches;
  private final List<TocEntry> orphans;
  private final List<TocTarget> missing;
  private final List<Move> moves;

  private TocComparison(
      Document document,
      BankModel bank,
      Toc toc,
      List<TocTarget> targets,
      List<Match> matches,
      List<TocEntry> orphans,
      List<TocTarget> missing,
      List<Move> moves) {
    this.document = document;
    this.bank = bank;
    this.toc = toc;
    this.targets = targets;
    this.matches = matches;
    this.orphans = orphans;
    this.missing = missing;
    this.moves = moves;
  }

  /** Whether an entry and a heading this similar may be paired: above the threshold. */
  static boolean pairable(double similarity) {
    return similarity > PAIRING_THRESHOLD;
  }

  /** The comparison for the document of {@code context}; empty without a table to check. */
  static Optional<TocComparison> of(DocumentContext context) {
    BankModel bank = context.bank();
    Document document = context.document();
    return BankMemo.memo(document, bank, TocComparison.class, d -> compute(d, bank));
  }

  Toc toc() {
    return toc;
  }

  /** Entries paired with their headings, in TOC order (moved entries included). */
  List<Match> matches() {
    return matches;
  }

  /**
   * Plain entries that name no heading. A link entry is never one: broken-anchor reports a fragment
   * that leads nowhere, broken-link an empty target or a missing file, and a link that leads to a
   * place in the document or to another file works.
   */
  List<TocEntry> orphans() {
    return orphans;
  }

  List<TocTarget> missing() {
    return missing;
  }

  List<Move> moves() {
    return moves;
  }

  /**
   * The regenerated table, when the document has a list to replace; written on first use (only
   * fixing needs it) and once per document.
   */
  Optional<Fix> fix() {
    return BankMemo.memo(
        document, bank, TocRegenerator.class, d -> TocRegenerator.fix(d, toc, targets, matches));
  }

  private static Optional<TocComparison> compute(Document document, BankModel bank) {
    Optional<Toc> found = bank.toc();
    if (found.isEmpty() || found.get().generated() || found.get().entries().isEmpty()) {
      return Optional.empty();
    }
    Toc toc = found.get();
    List<TocEntry> entries = toc.entries();
    List<TocTarget> targets = TocTargets.of(document, bank, toc);
    Scorer scorer = new Scorer(entries, targets, TocAnchors.of(document));
    List<TocAligner.Pair> pairs = TocAligner.align(entries.size(), targets.size(), scorer);

    List<Match> matches = new ArrayList<>();
    List<Integer> orphanIndexes = new ArrayList<>();
    List<Integer> missingIndexes = new ArrayList<>();
    for (TocAligner.Pair p : pairs) {
      if (p.paired()) {
        matches.add(new Match(entries.get(p.a()), targets.get(p.b())));
      } else if (p.a() >= 0) {
        orphanIndexes.add(p.a());
      } else {
        missingIndexes.add(p.b());
      }
    }
    List<Move> moves = moves(entries, targets, orphanIndexes, missingIndexes, scorer);
    moves.forEach(move -> matches.addAll(move.matches()));
    matches.sort((x, y) -> Integer.compare(x.entry().start(), y.entry().start()));
    return Optional.of(
        new TocComparison(
            document,
            bank,
            toc,
            targets,
            List.copyOf(matches),
            orphanIndexes.stream().map(entries::get).filter(e -> !e.isLink()).toList(),
            missingIndexes.stream().map(targets::get).toList(),
            List.copyOf(moves)));
  }

  /**
   * Pairs entries left alone by the alignment with headings left alone that they certainly name:
   * those entries are in the wrong place. Runs of consecutive moved entries whose headings are
   * consecutive too are one move. Paired indexes are removed from both lists.
   */
  private static List<Move> moves(
      List<TocEntry> entries,
      List<TocTarget> targets,
      List<Integer> orphans,
      List<Integer> missing,
      Scorer scorer) {
    Map<Integer, Integer> targetOf = new HashMap<>();
    for (int e : orphans) {
      for (int t : missing) {
        if (!targetOf.containsValue(t) && scorer.same(e, t)) {
          targetOf.put(e, t);
          break;
        }
      }
    }
    orphans.removeAll(targetOf.keySet());
    missing.removeAll(targetOf.values());
    List<Move> moves = new ArrayList<>();
    List<Match> run = new ArrayList<>();
    int lastEntry = -2;
    int lastTarget = -2;
    for (int e : targetOf.keySet().stream().sorted().toList()) {
      int t = targetOf.get(e);
      if (e != lastEntry + 1 || t != lastTarget + 1) {
        addMove(moves, run, targets);
        run = new ArrayList<>();
      }
      run.add(new Match(entries.get(e), targets.get(t)));
      lastEntry = e;
      lastTarget = t;
    }
    addMove(moves, run, targets);
    return moves;
  }

  private static void addMove(List<Move> moves, List<Match> run, List<TocTarget> targets) {
    if (run.isEmpty()) {
      return;
    }
    int first = targets.indexOf(run.get(0).target());
    moves.add(
        new Move(
            List.copyOf(run), first > 0 ? Optional.of(targets.get(first - 1)) : Optional.empty()));
  }

  /**
   * Scores entries against targets: same key or the heading its link leads to, else text
   * similarity. An entry that links nowhere pairs only by its key: its text is all there is to go
   * by.
   */
  private static final class Scorer implements TocAligner.Scorer {
    private final List<TocEntry> entries;
    private final List<TocTarget> targets;
    private final int[] entryKeys;
    private final int[] targetKeys;
    private final String[] keys;
    private final Heading[] linkedHeadings;
    private final boolean[] emptyTargets;

    Scorer(List<TocEntry> entries, List<TocTarget> targets, TocAnchors anchors) {
      this.entries = entries;
      this.targets = targets;
      Map<String, Integer> ids = new HashMap<>();
      List<String> keyList = new ArrayList<>();
      entryKeys = new int[entries.size()];
      linkedHeadings = new Heading[entries.size()];
      emptyTargets = new boolean[entries.size()];
      for (int i = 0; i < entries.size(); i++) {
        TocEntry entry = entries.get(i);
        entryKeys[i] = id(TocText.key(entry.text()), ids, keyList);
        emptyTargets[i] = EmptyLinkTargets.isEmpty(entry);
        linkedHeadings[i] = emptyTargets[i] ? null : anchors.heading(entry).orElse(null);
      }
      targetKeys = new int[targets.size()];
      for (int j = 0; j < targets.size(); j++) {
        targetKeys[j] = id(TocText.key(targets.get(j).heading().text()), ids, keyList);
      }
      keys = keyList.toArray(String[]::new);
    }

    private static int id(String key, Map<String, Integer> ids, List<String> keyList) {
      return ids.computeIfAbsent(
          key,
          k -> {
            keyList.add(k);
            return keyList.size() - 1;
          });
    }

    @Override
    public boolean same(int i, int j) {
      return entryKeys[i] == targetKeys[j] || linkedHeadings[i] == targets.get(j).heading();
    }

    @Override
    public double cost(int i, int j) {
      double depth = entries.get(i).depth() == targets.get(j).depth() ? 0 : OTHER_DEPTH;
      if (same(i, j)) {
        return depth;
      }
      if (emptyTargets[i]) {
        return TocAligner.FORBIDDEN; // broken-link reports it, naming the heading its text matches
      }
      double similarity = TocText.similarity(keys[entryKeys[i]], keys[targetKeys[j]]);
      return pairable(similarity)
          ? 2 * TocAligner.UNPAIRED * (1 - similarity) + depth
          : TocAligner.FORBIDDEN;
    }
  }
}
