package io.github.qbanklint.rules.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NextCharTest {
  private static final String TEXT = "a $x$ b \\c $y";

  @Test
  void findsEachOccurrenceAtOrAfterThePosition() {
    NextChar dollar = new NextChar(TEXT, '$');
    assertThat(dollar.from(0)).isEqualTo(2);
    assertThat(dollar.from(2)).isEqualTo(2);
    assertThat(dollar.from(3)).isEqualTo(4);
    assertThat(dollar.from(5)).isEqualTo(11);
  }

  @Test
  void answersTheTextsLengthPastTheLastOne() {
    NextChar dollar = new NextChar(TEXT, '$');
    assertThat(dollar.from(12)).isEqualTo(TEXT.length());
    assertThat(new NextChar(TEXT, '%').from(0)).isEqualTo(TEXT.length());
  }

  @Test
  void searchesAgainWhenAskedForAnEarlierPosition() {
    NextChar dollar = new NextChar(TEXT, '$');
    assertThat(dollar.from(5)).isEqualTo(11);
    assertThat(dollar.from(3)).isEqualTo(4);
    assertThat(dollar.from(0)).isEqualTo(2);
  }
}
