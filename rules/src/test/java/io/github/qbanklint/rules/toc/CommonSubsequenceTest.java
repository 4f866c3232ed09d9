package io.github.qbanklint.rules.toc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CommonSubsequenceTest {

  /** Items are the same when their letters are equal. */
  private static TocAligner.Scorer letters(String a, String b) {
    return new TocAligner.Scorer() {
      @Override
      public boolean same(int i, int j) {
        return a.charAt(i) == b.charAt(j);
      }

      @Override
      public int[] sameAs(int i) {
        List<Integer> same = new ArrayList<>();
        for (int j = 0; j < b.length(); j++) {
          if (same(i, j)) {
            same.add(j);
          }
        }
        return same.stream().mapToInt(j -> j).toArray();
      }

      @Override
      public double cost(int i, int j) {
        return same(i, j) ? 0 : TocAligner.FORBIDDEN;
      }
    };
  }

  /** The length of a longest common subsequence, from the full table. */
  private static int tableLength(String a, String b) {
    int[][] lengths = new int[a.length() + 1][b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        lengths[i][j] =
            a.charAt(i - 1) == b.charAt(j - 1)
                ? lengths[i - 1][j - 1] + 1
                : Math.max(lengths[i - 1][j], lengths[i][j - 1]);
      }
    }
    return lengths[a.length()][b.length()];
  }

  private static String randomLetters(Random random, int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append((char) ('a' + random.nextInt(4)));
    }
    return out.toString();
  }

  @Test
  void findsASubsequenceAsLongAsTheFullTableDoes() {
    Random random = new Random(17);
    for (int round = 0; round < 500; round++) {
      String a = randomLetters(random, random.nextInt(30));
      String b = randomLetters(random, random.nextInt(30));
      List<TocAligner.Pair> pairs =
          CommonSubsequence.of(0, a.length(), 0, b.length(), letters(a, b));

      assertThat(pairs).hasSize(tableLength(a, b));
      for (int k = 0; k < pairs.size(); k++) {
        TocAligner.Pair p = pairs.get(k);
        assertThat(a.charAt(p.a())).isEqualTo(b.charAt(p.b()));
        if (k > 0) {
          assertThat(p.a()).isGreaterThan(pairs.get(k - 1).a());
          assertThat(p.b()).isGreaterThan(pairs.get(k - 1).b());
        }
      }
    }
  }

  @Test
  void readsOnlyTheGivenRanges() {
    String a = "xabcx";
    String b = "yabcy";
    assertThat(CommonSubsequence.of(1, 4, 1, 4, letters(a, b)))
        .containsExactly(
            new TocAligner.Pair(1, 1), new TocAligner.Pair(2, 2), new TocAligner.Pair(3, 3));
  }

  @Test
  void anItemTheSameAsMoreThanItsShareOfMatchesIsMatchedNearItsPlaceOnTheDiagonal() {
    int n = 2_100;
    assertThat(CommonSubsequence.MAX_MATCHES / n).isLessThan(n);
    String same = String.join("", Collections.nCopies(n, "a"));

    List<TocAligner.Pair> pairs = CommonSubsequence.of(0, n, 0, n, letters(same, same));

    assertThat(pairs).hasSize(n).allSatisfy(p -> assertThat(p.a()).isEqualTo(p.b()));
  }
}
