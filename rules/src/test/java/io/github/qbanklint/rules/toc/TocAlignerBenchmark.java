package io.github.qbanklint.rules.toc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Aligns a 2,000-entry table of contents with its headings (about 2% of entries renamed, 1%
 * missing, 1% extra, one block of 20 moved) and prints the median time and the heap in use. Not a
 * test: run it by hand (see docs/rules/toc-order.md).
 */
public final class TocAlignerBenchmark {
  private static final int ENTRIES = 2_000;
  private static final int ROUNDS = 30;

  private TocAlignerBenchmark() {}

  public static void main(String[] args) {
    Random random = new Random(42);
    List<String> headings = new ArrayList<>();
    for (int i = 0; i < ENTRIES; i++) {
      headings.add("问题" + (i % 50 + 1) + "：主题" + i + " 的第" + random.nextInt(1000) + "个方面是什么？");
    }
    List<String> toc = new ArrayList<>();
    for (int i = 0; i < ENTRIES; i++) {
      int roll = random.nextInt(100);
      String title = headings.get(i).replaceFirst("^问题\\d+：", "");
      if (roll < 1) {
        continue; // missing entry
      } else if (roll < 3) {
        toc.add(title.replace("是什么", "有哪些")); // renamed entry
      } else {
        toc.add(title);
      }
      if (roll == 99) {
        toc.add("一个没有标题的目录项 " + i); // extra entry
      }
    }
    List<String> moved = new ArrayList<>(toc.subList(100, 120));
    toc.subList(100, 120).clear();
    toc.addAll(1500, moved);

    long[] nanos = new long[ROUNDS];
    int pairs = 0;
    for (int round = 0; round < ROUNDS; round++) {
      long start = System.nanoTime();
      pairs =
          TocAligner.align(toc.size(), headings.size(), TocAlignerTest.scorer(toc, headings))
              .size();
      nanos[round] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    System.out.printf(
        "aligned %d entries with %d headings (%d alignment steps): median %.1f ms, min %.1f ms,"
            + " max %.1f ms over %d rounds; heap in use after GC %d MB%n",
        toc.size(),
        headings.size(),
        pairs,
        nanos[ROUNDS / 2] / 1e6,
        nanos[0] / 1e6,
        nanos[ROUNDS - 1] / 1e6,
        ROUNDS,
        (runtime.totalMemory() - runtime.freeMemory()) >> 20);
  }
}
