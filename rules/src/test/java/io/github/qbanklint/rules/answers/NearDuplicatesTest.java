package io.github.qbanklint.rules.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NearDuplicatesTest {
  private static final String ALPHABET =
      "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";

  @Test
  void findsEveryKeyWithOneCharacterAddedAmongThousandsOfOthersAndNothingBelowTheThreshold() {
    Random random = new Random(19);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      keys.add(randomKey(random, 20 + random.nextInt(20)));
    }
    for (int i = 0; i < 100; i++) {
      keys.add(keys.get(i) + ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }

    List<List<NearDuplicates.Similar>> similar = NearDuplicates.of(keys, 0.9);

    for (int i = 0; i < 100; i++) {
      int copy = 3000 + i;
      assertThat(similar.get(i)).extracting(NearDuplicates.Similar::other).contains(copy);
      assertThat(similar.get(copy)).extracting(NearDuplicates.Similar::other).contains(i);
    }
    assertThat(similar.stream().flatMap(List::stream))
        .allSatisfy(s -> assertThat(s.similarity()).isGreaterThanOrEqualTo(0.9));
    assertThat(similar.subList(100, 3000)).allSatisfy(s -> assertThat(s).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.5, 0.6, 0.75, 0.9, 0.95, 1.0})
  void findsExactlyThePairsAtLeastThatSimilarAsComparingEveryPairWould(double threshold) {
    Random random = new Random(Double.hashCode(threshold));
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      keys.add(randomKey(random, 5 + random.nextInt(40)));
    }
    // Variants of the first keys, one to four edits away, so that every threshold meets pairs on
    // both sides of it; duplicates removed, as the rule passes distinct keys.
    for (int i = 0; i < 400; i++) {
      String variant = keys.get(random.nextInt(100));
      for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
        variant = edited(variant, random);
      }
      if (!keys.contains(variant)) {
        keys.add(variant);
      }
    }
    // Two keys with the same set of 3-grams: similar at every threshold, 1 included.
    keys.addAll(List.of("甲乙丙甲乙丙甲", "乙丙甲乙丙甲乙"));

    List<List<NearDuplicates.Similar>> similar = NearDuplicates.of(keys, threshold);

    List<java.util.Set<String>> grams = keys.stream().map(NearDuplicatesTest::grams).toList();
    for (int i = 0; i < keys.size(); i++) {
      List<Integer> expected = new ArrayList<>();
      for (int j = 0; j < keys.size(); j++) {
        if (j != i && similarity(grams.get(i), grams.get(j)) >= threshold) {
          expected.add(j);
        }
      }
      assertThat(similar.get(i))
          .as("near duplicates of %s at %s", keys.get(i), threshold)
          .extracting(NearDuplicates.Similar::other)
          .containsExactlyInAnyOrderElementsOf(expected);
    }
    assertThat(similar.stream().mapToInt(List::size).sum()).as("pairs found").isPositive();
  }

  @Test
  void thousandsOfLookAlikesStayBoundedAndEachStillHasNearDuplicates() {
    List<String> keys = new ArrayList<>();
    String stem = "为什么自注意力可以堆叠多层并且有什么作用以及如何训练";
    for (int i = 0; i < 5000; i++) {
      keys.add(stem + ALPHABET.charAt(i % 200) + ALPHABET.charAt(i / 200));
    }

    List<List<NearDuplicates.Similar>> similar = NearDuplicates.of(keys, 0.9);

    assertThat(similar)
        .allSatisfy(near -> assertThat(near.size()).isBetween(1, NearDuplicates.LOOK_ALIKES));
  }

  @Test
  void keysShorterThanFiveCharactersAreNeverNear() {
    assertThat(NearDuplicates.of(List.of("自我介绍", "自我介绍一"), 0.5))
        .allSatisfy(s -> assertThat(s).isEmpty());
  }

  /** One character inserted, removed or replaced at a random place. */
  private static String edited(String key, Random random) {
    int at = random.nextInt(key.length() + 1);
    char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    return switch (random.nextInt(3)) {
      case 0 -> key.substring(0, at) + c + key.substring(at);
      case 1 -> at == key.length() ? key : key.substring(0, at) + key.substring(at + 1);
      default -> at == key.length() ? key + c : key.substring(0, at) + c + key.substring(at + 1);
    };
  }

  /**
   * The Jaccard similarity of two keys' sets of 3-grams of characters, keys under five characters
   * (no set) never similar: the definition, computed directly.
   */
  private static double similarity(java.util.Set<String> x, java.util.Set<String> y) {
    if (x == null || y == null) {
      return 0;
    }
    java.util.Set<String> common = new java.util.HashSet<>(x);
    common.retainAll(y);
    return (double) common.size() / (x.size() + y.size() - common.size());
  }

  /** The key's 3-grams; null for a key under five characters. */
  private static java.util.Set<String> grams(String key) {
    if (key.length() < 5) {
      return null;
    }
    java.util.Set<String> grams = new java.util.HashSet<>();
    for (int i = 0; i + 3 <= key.length(); i++) {
      grams.add(key.substring(i, i + 3));
    }
    return grams;
  }

  private static String randomKey(Random random, int length) {
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < length; i++) {
      key.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return key.toString();
  }
}
