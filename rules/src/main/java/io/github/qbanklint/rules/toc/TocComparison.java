package io.github.qbanklint.rules.toc;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Fix;
import io.github.qbanklint.core.bank.BankMemo;
import io.github.qbanklint.core.bank.BankModel;
import io.github.qbanklint.core.bank.Toc;
import io.github.qbanklint.core.bank.TocEntry;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A document's table of contents compared with its headings: which entry goes with which heading,
 * which entries match nothing, which headings have no entry, and which entries are in the wrong
 * place. Entries are aligned with every section and question after the table; the roles and levels
 * of the headings they name are the table's {@linkplain #listed() scope}, and only headings in a
 * scope are missing. Computed once per document and shared by the four {@code toc-*} rules.
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
  private final Toc toc;
  private final List<TocTarget> targets;
  private final List<Match> matches;
  private final TocScope listed;
  private final List<TocEntry> orphans;
  private final List<TocTarget> unpaired;
  private final List<Move> moves;
  private final Map<TocScope, Optional<Fix>> fixes = new ConcurrentHashMap<>();

  private TocComparison(
      Document document,
      Toc toc,
      List<TocTarget> targets,
      List<Match> matches,
      TocScope listed,
      List<TocEntry> orphans,
      List<TocTarget> unpaired,
      List<Move> moves) {
    this.document = document;
    this.toc = toc;
    this.targets = targets;
    this.matches = matches;
    this.listed = listed;
    this.orphans = orphans;
    this.unpaired = unpaired;
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

  /** The roles and levels of the headings the entries name: what the table lists. */
  TocScope listed() {
    return listed;
  }

  /**
   * Plain entries that name no heading. A link entry is never one: broken-anchor reports a fragment
   * that leads nowhere, broken-link an empty target or a missing file, and a link that leads to a
   * place in the document or to another file works.
   */
  List<TocEntry> orphans() {
    return orphans;
  }

  /** Headings of the scope that no entry names, in document order. */
  List<TocTarget> missing(TocScope scope) {
    return unpaired.stream().filter(scope::covers).toList();
  }

  List<Move> moves() {
    return moves;
  }

  /**
   * The regenerated table, listing the headings of what the table lists and of {@code required},
   * when the document has a list to replace; written on first use (only fixing needs it) and once
   * per scope. A heading goes one below its nearest listed section, unless the table lists nested
   * headings flat: then it stays flat.
   */
  Optional<Fix> fix(TocScope required) {
    return fixes.computeIfAbsent(
        listed.union(required),
        scope ->
            TocRegenerator.fix(
                document,
                toc,
                targets.stream().filter(scope::covers).toList(),
                listsNestedHeadingsFlat() ? t -> 1 : scope::depthOf,
                matches));
  }

  private boolean listsNestedHeadingsFlat() {
    return toc.maxDepth() == 1 && matches.stream().anyMatch(m -> listed.depthOf(m.target()) > 1);
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
    Map<Integer, Integer> moved = moved(orphanIndexes, missingIndexes, scorer);
    moved.forEach((e, t) -> matches.add(new Match(entries.get(e), targets.get(t))));
    matches.sort((x, y) -> Integer.compare(x.entry().start(), y.entry().start()));
    TocScope listed = TocScope.listedBy(matches);
    List<TocTarget> listedTargets = targets.stream().filter(listed::covers).toList();
    return Optional.of(
        new TocComparison(
            document,
            toc,
            targets,
            List.copyOf(matches),
            listed,
            orphanIndexes.stream().map(entries::get).filter(e -> !e.isLink()).toList(),
            missingIndexes.stream().map(targets::get).toList(),
            moves(entries, targets, moved, listedTargets)));
  }

  /**
   * Pairs entries left alone by the alignment with headings left alone that they certainly name:
   * those entries are in the wrong place. Paired indexes are removed from both lists.
   */
  private static Map<Integer, Integer> moved(
      List<Integer> orphans, List<Integer> missing, Scorer scorer) {
    Map<Integer, Integer> targetOf = new HashMap<>();
    Scorer.FreeTargets free = scorer.new FreeTargets(missing);
    for (int e : orphans) {
      int t = free.takeFirstSameAs(e);
      if (t >= 0) {
        targetOf.put(e, t);
      }
    }
    orphans.removeAll(targetOf.keySet());
    missing.removeAll(new HashSet<>(targetOf.values()));
    return targetOf;
  }

  /**
   * The moved entries as moves: a run of consecutive entries whose headings are consecutive among
   * the listed ones is one move, placed after the listed heading before its first.
   */
  private static List<Move> moves(
      List<TocEntry> entries,
      List<TocTarget> targets,
      Map<Integer, Integer> moved,
      List<TocTarget> listedTargets) {
    Map<TocTarget, Integer> listedIndex = new IdentityHashMap<>();
    for (int i = 0; i < listedTargets.size(); i++) {
      listedIndex.put(listedTargets.get(i), i);
    }
    List<Move> moves = new ArrayList<>();
    List<Match> run = new ArrayList<>();
    int lastEntry = -2;
    int lastTarget = -2;
    for (int e : moved.keySet().stream().sorted().toList()) {
      TocTarget target = targets.get(moved.get(e));
      int t = listedIndex.get(target);
      if (e != lastEntry + 1 || t != lastTarget + 1) {
        addMove(moves, run, listedTargets, listedIndex);
        run = new ArrayList<>();
      }
      run.add(new Match(entries.get(e), target));
      lastEntry = e;
      lastTarget = t;
    }
    addMove(moves, run, listedTargets, listedIndex);
    return List.copyOf(moves);
  }

  private static void addMove(
      List<Move> moves,
      List<Match> run,
      List<TocTarget> listedTargets,
      Map<TocTarget, Integer> listedIndex) {
    if (run.isEmpty()) {
      return;
    }
    int first = listedIndex.get(run.get(0).target());
    moves.add(
        new Move(
            List.copyOf(run),
            first > 0 ? Optional.of(listedTargets.get(first - 1)) : Optional.empty()));
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
    // The targets of each key and of each heading, in ascending order, for sameAs.
    private final int[][] targetsOfKey;
    private final Map<Heading, Integer> targetOfHeading = new IdentityHashMap<>();

    Scorer(List<TocEntry> entries, List<TocTarget> targets, TocAnchors anchors) {
      this.entries = entries;
      this.targets = targets;
      Map<String, Integer> ids = new HashMap<>();
      List<String> keyList = new ArrayList<>();
      // Most entries copy their heading's text: each distinct text is keyed once.
      Map<String, Integer> idOfText = new HashMap<>();
      entryKeys = new int[entries.size()];
      linkedHeadings = new Heading[entries.size()];
      emptyTargets = new boolean[entries.size()];
      for (int i = 0; i < entries.size(); i++) {
        TocEntry entry = entries.get(i);
        entryKeys[i] =
            idOfText.computeIfAbsent(entry.text(), t -> id(TocText.key(t), ids, keyList));
        emptyTargets[i] = EmptyLinkTargets.isEmpty(entry);
        linkedHeadings[i] = emptyTargets[i] ? null : anchors.heading(entry).orElse(null);
      }
      targetKeys = new int[targets.size()];
      for (int j = 0; j < targets.size(); j++) {
        targetKeys[j] =
            idOfText.computeIfAbsent(
                targets.get(j).heading().text(), t -> id(TocText.key(t), ids, keyList));
      }
      keys = keyList.toArray(String[]::new);
      int[] counts = new int[keys.length];
      for (int key : targetKeys) {
        counts[key]++;
      }
      targetsOfKey = new int[keys.length][];
      for (int key = 0; key < keys.length; key++) {
        targetsOfKey[key] = new int[counts[key]];
        counts[key] = 0;
      }
      for (int j = 0; j < targets.size(); j++) {
        targetsOfKey[targetKeys[j]][counts[targetKeys[j]]++] = j;
        targetOfHeading.putIfAbsent(targets.get(j).heading(), j);
      }
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
    public int[] sameAs(int i) {
      int[] byKey = targetsOfKey[entryKeys[i]];
      Integer linked = linkedTarget(i);
      if (linked == null || Arrays.binarySearch(byKey, linked) >= 0) {
        return byKey;
      }
      int at = -Arrays.binarySearch(byKey, linked) - 1;
      int[] same = new int[byKey.length + 1];
      System.arraycopy(byKey, 0, same, 0, at);
      same[at] = linked;
      System.arraycopy(byKey, at, same, at + 1, byKey.length - at);
      return same;
    }

    /** The target whose heading entry i links to, if it is one. */
    private Integer linkedTarget(int i) {
      return linkedHeadings[i] == null ? null : targetOfHeading.get(linkedHeadings[i]);
    }

    /**
     * Targets not yet taken, each taken once: the first the same as an entry, in document order.
     * Every target of a key that is passed over is taken or was never free, so each key's list is
     * read once over all entries, whatever their number.
     */
    final class FreeTargets {
      private final boolean[] free = new boolean[targets.size()];
      private final int[] firstOfKey = new int[keys.length];

      FreeTargets(List<Integer> indexes) {
        indexes.forEach(t -> free[t] = true);
      }

      /** The first free target the same as entry i, now taken; -1 when there is none. */
      int takeFirstSameAs(int i) {
        int[] byKey = targetsOfKey[entryKeys[i]];
        int first = firstOfKey[entryKeys[i]];
        while (first < byKey.length && !free[byKey[first]]) {
          first++;
        }
        firstOfKey[entryKeys[i]] = first;
        int t = first < byKey.length ? byKey[first] : -1;
        Integer linked = linkedTarget(i);
        if (linked != null && free[linked] && (t < 0 || linked < t)) {
          t = linked;
        }
        if (t >= 0) {
          free[t] = false;
        }
        return t;
      }
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
