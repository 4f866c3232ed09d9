package io.github.qbanklint.rules.toc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TocAlignerTest {

  /** Scores two lists of titles the way the TOC rules do: equal keys, else similarity. */
  static TocAligner.Scorer scorer(List<String> a, List<String> b) {
    String[] x = a.stream().map(TocText::key).toArray(String[]::new);
    String[] y = b.stream().map(TocText::key).toArray(String[]::new);
    Map<String, Integer> ids = new HashMap<>();
    int[] xId = Arrays.stream(x).mapToInt(k -> ids.computeIfAbsent(k, u -> ids.size())).toArray();
    int[] yId = Arrays.stream(y).mapToInt(k -> ids.computeIfAbsent(k, u -> ids.size())).toArray();
    Map<Integer, int[]> bOfId =
        IntStream.range(0, yId.length)
            .boxed()
            .collect(
                Collectors.groupingBy(j -> yId[j], Collectors.mapping(j -> j, Collectors.toList())))
            .entrySet()
            .stream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey, e -> e.getValue().stream().mapToInt(j -> j).toArray()));
    return new TocAligner.Scorer() {
      @Override
      public boolean same(int i, int j) {
        return xId[i] == yId[j];
      }

      @Override
      public int[] sameAs(int i) {
        return bOfId.getOrDefault(xId[i], new int[0]);
      }

      @Override
      public double cost(int i, int j) {
        if (same(i, j)) {
          return 0;
        }
        double similarity = TocText.similarity(x[i], y[j]);
        return TocComparison.pairable(similarity) ? 2 * (1 - similarity) : TocAligner.FORBIDDEN;
      }
    };
  }

  static List<TocAligner.Pair> align(List<String> a, List<String> b) {
    return TocAligner.align(a.size(), b.size(), scorer(a, b));
  }

  private static TocAligner.Pair pair(int a, int b) {
    return new TocAligner.Pair(a, b);
  }

  @Test
  void identicalSequencesPairOneToOne() {
    List<String> titles = List.of("讲一讲推荐系统", "简单讲讲 GCN", "简单讲讲RNN");
    assertThat(align(titles, titles)).containsExactly(pair(0, 0), pair(1, 1), pair(2, 2));
  }

  @Test
  void anInsertedHeadingIsOneUnpairedItemAndShiftsNothing() {
    List<String> toc =
        List.of("A first topic", "B second topic", "D fourth topic", "E fifth topic");
    List<String> headings =
        List.of(
            "A first topic", "B second topic", "C third topic", "D fourth topic", "E fifth topic");
    assertThat(align(toc, headings))
        .containsExactly(pair(0, 0), pair(1, 1), pair(-1, 2), pair(2, 3), pair(3, 4));
  }

  @Test
  void aDeletedHeadingLeavesItsEntryAloneAndShiftsNothing() {
    List<String> toc = List.of("TensorRT优化的流程", "介绍YOLOv4-YOLOv8", "密集行人检测遮挡问题怎么解决");
    List<String> headings = List.of("问题1：TensorRT优化的流程", "问题3： 密集行人检测遮挡问题怎么解决");
    assertThat(align(toc, headings)).containsExactly(pair(0, 0), pair(1, -1), pair(2, 1));
  }

  @Test
  void renamedItemsPairUpInsteadOfBecomingMissingAndExtra() {
    List<String> toc = List.of("2.趣玩科技推荐算法面试题9道", "CLIP框架", "单阶段与二阶段的区别", "Softmax公式");
    List<String> headings =
        List.of("2. 趣玩科技推荐算法面试题9道", "问题5： CLIP算法的框架", "问题22： 单阶段、二阶段目标检测的区别", "问题6： softmax公式");
    assertThat(align(toc, headings))
        .containsExactly(pair(0, 0), pair(1, 1), pair(2, 2), pair(3, 3));
  }

  @Test
  void unrelatedItemsAreNeverPaired() {
    assertThat(align(List.of("LN和BN"), List.of("位置编码有哪些？")))
        .containsExactlyInAnyOrder(pair(0, -1), pair(-1, 0));
  }

  @Test
  void aMovedItemIsLeftAloneOnBothSidesForTheOrderCheck() {
    List<String> toc = List.of("alpha", "bravo", "charlie", "delta", "echo");
    List<String> headings = List.of("alpha", "charlie", "delta", "echo", "bravo");
    List<TocAligner.Pair> pairs = align(toc, headings);
    assertThat(pairs)
        .contains(pair(1, -1), pair(-1, 4), pair(0, 0), pair(2, 1), pair(3, 2), pair(4, 3));
    assertThat(pairs).hasSize(6);
  }

  @Test
  void oneMissingItemInALongTableShiftsNoOtherPair() {
    List<String> headings = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      headings.add("question number " + i + " about topic " + (i * 7919 % 1000));
    }
    List<String> toc = new ArrayList<>(headings);
    toc.remove(250);
    List<TocAligner.Pair> pairs = align(toc, headings);
    assertThat(pairs).hasSize(500).contains(pair(-1, 250));
    assertThat(pairs.stream().filter(TocAligner.Pair::paired))
        .allSatisfy(p -> assertThat(toc.get(p.a())).isEqualTo(headings.get(p.b())));
  }

  @Test
  void aGapLargerThanTheBandIsStillAlignedInOrder() {
    int n = 1500; // 1500 x 1500 cells exceed MAX_GAP_CELLS, so the gap table is banded
    List<String> toc = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      toc.add("entry " + i + " old wording");
      headings.add("entry " + i + " new wording");
    }
    assertThat((long) n * n).isGreaterThan(TocAligner.MAX_GAP_CELLS);
    List<TocAligner.Pair> pairs = align(toc, headings);
    assertThat(pairs).hasSize(n).allSatisfy(p -> assertThat(p.a()).isEqualTo(p.b()));
  }

  /**
   * A scorer without texts, for large tables: a[i] and b[i] are the same when i + 1 is a multiple
   * of {@code sameEvery}, and otherwise a[i] may pair only with b[partner(i)], at cost 1.
   */
  private static TocAligner.Scorer partners(int sameEvery, IntUnaryOperator partner) {
    return new TocAligner.Scorer() {
      @Override
      public boolean same(int i, int j) {
        return i == j && (i + 1) % sameEvery == 0;
      }

      @Override
      public int[] sameAs(int i) {
        return (i + 1) % sameEvery == 0 ? new int[] {i} : new int[0];
      }

      @Override
      public double cost(int i, int j) {
        return same(i, j) ? 0 : partner.applyAsInt(i) == j ? 1 : TocAligner.FORBIDDEN;
      }
    };
  }

  @Test
  void aGapWithFarMoreHeadingsThanEntriesPairsEachEntryWithinTheBand() {
    int entries = 100;
    int perEntry = 3_000; // 100 x 300,000 cells: banded, and rows 3,000 apart must still connect
    IntUnaryOperator partner = i -> i * perEntry + perEntry / 2;

    List<TocAligner.Pair> pairs =
        TocAligner.align(entries, entries * perEntry, partners(Integer.MAX_VALUE, partner));

    assertThat(pairs.stream().filter(TocAligner.Pair::paired))
        .hasSize(entries)
        .allSatisfy(p -> assertThat(p.b()).isEqualTo(partner.applyAsInt(p.a())));
    assertThat(pairs).hasSize(entries * perEntry);
  }

  @Test
  void gapsPastTheAlignmentBudgetStillPairRenamedItems() {
    int gap = 512; // one item in 512 is the same: gaps of 511 x 511 cells, two fill the budget
    int items = 8 * gap;
    assertThat(7L * (gap - 1) * (gap - 1)).isGreaterThan(TocAligner.MAX_ALIGNMENT_CELLS);

    List<TocAligner.Pair> pairs = TocAligner.align(items, items, partners(gap, i -> i));

    assertThat(pairs).hasSize(items).allSatisfy(p -> assertThat(p.a()).isEqualTo(p.b()));
  }

  @Test
  void emptySidesGiveOnlyUnpairedItems() {
    assertThat(align(List.of(), List.of("a"))).containsExactly(pair(-1, 0));
    assertThat(align(List.of("a"), List.of())).containsExactly(pair(0, -1));
    assertThat(align(List.of(), List.of())).isEmpty();
  }
}
