package io.github.qbanklint.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ClosestTest {
  @Test
  void theLoweredLengthIsKnownWithoutLowerCasingForEveryCodePoint() {
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      String name = "a" + Character.toString(c) + "b";
      String lower = name.toLowerCase(Locale.ROOT);
      assertThat(Closest.loweredLength(name))
          .as("U+%04X", c)
          .isEqualTo(lower.codePointCount(0, lower.length()));
    }
    assertThat(Closest.loweredLength("İstanbul-İzmir")).isEqualTo(16);
  }

  @Test
  void aCandidateIsFoundWhateverItsLengthAndCase() {
    Closest closest = new Closest(List.of("intro", "问题1-什么是梯度消失", "a-very-long-anchor-name", "İ"));

    assertThat(closest.to("intor")).contains("intro");
    assertThat(closest.to("INTRO")).contains("intro");
    assertThat(closest.to("问题1-什么是梯度消")).contains("问题1-什么是梯度消失");
    assertThat(closest.to("i̇")).contains("İ");
    assertThat(closest.to("zzzzzzzz")).isEmpty();
  }

  @Test
  void closestPrefersACaseOnlyMatchAndRefusesFarGuesses() {
    assertThat(new Closest(List.of("8cver整理", "8.CVer整理")).to("8.Cver整理")).contains("8.CVer整理");
    assertThat(new Closest(List.of("install", "setup")).to("instal")).contains("install");
    assertThat(new Closest(List.of("install", "setup")).to("zzzzzz")).isEmpty();
  }
}
