package io.github.qbanklint.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
  private static final List<String> COMMANDS =
      List.of("check", "fix", "rules", "init", "report", "outline", "baseline", "install-hook");
  private static final List<String> SEVERITIES = List.of("error", "warning", "info", "off");

  @Test
  void oneEditAwayIsSuggested() {
    assertThat(DidYouMean.closest("chek", COMMANDS)).contains("check");
    assertThat(DidYouMean.closest("rule", COMMANDS)).contains("rules");
    assertThat(DidYouMean.closest("gihub", List.of("github", "remark", "pandoc")))
        .contains("github");
  }

  @Test
  void aSwapOfNeighboursIsOneEdit() {
    assertThat(DidYouMean.distance("fromat", "format", 9)).isEqualTo(1);
    assertThat(DidYouMean.closest("--fromat", List.of("--format", "--fail-on")))
        .contains("--format");
    assertThat(DidYouMean.closest("empty-anwser", List.of("empty-answer", "empty-section")))
        .contains("empty-answer");
    assertThat(DidYouMean.closest("conventoins", List.of("conventions", "include")))
        .contains("conventions");
  }

  @Test
  void theStartOfExactlyOneNameIsSuggested() {
    assertThat(DidYouMean.closest("warn", SEVERITIES)).contains("warning");
    assertThat(DidYouMean.closest("err", SEVERITIES)).contains("error");
    assertThat(DidYouMean.closest("in", SEVERITIES)).isEmpty();
    assertThat(DidYouMean.closest("empty", List.of("empty-answer", "empty-section"))).isEmpty();
  }

  @Test
  void anotherLetterCaseIsSuggested() {
    assertThat(DidYouMean.closest("WARNING", SEVERITIES)).contains("warning");
    assertThat(DidYouMean.closest("Q", List.of("q"))).contains("q");
  }

  @Test
  void differentWordsAreNotSuggested() {
    assertThat(DidYouMean.closest("ab", COMMANDS)).isEmpty();
    assertThat(DidYouMean.closest("foo", COMMANDS)).isEmpty();
    assertThat(DidYouMean.closest("bank", COMMANDS)).isEmpty();
    assertThat(DidYouMean.closest("docs", COMMANDS)).isEmpty();
    assertThat(DidYouMean.closest("examples", COMMANDS)).isEmpty();
    assertThat(DidYouMean.closest("README.md", COMMANDS)).isEmpty();
  }

  @Test
  void theClosestOfSeveralWins() {
    assertThat(DidYouMean.closest("severty", List.of("enabled", "severity", "exclude")))
        .contains("severity");
  }

  @Test
  void theHintIsTheTailOfAMessage() {
    assertThat(DidYouMean.hint("chek", COMMANDS)).isEqualTo("; did you mean 'check'?");
    assertThat(DidYouMean.hint("zzz", COMMANDS)).isEmpty();
  }

  @Test
  void longerNamesAllowMoreEdits() {
    assertThat(DidYouMean.allowedEdits(2)).isZero();
    assertThat(DidYouMean.allowedEdits(4)).isEqualTo(1);
    assertThat(DidYouMean.allowedEdits(8)).isEqualTo(2);
    assertThat(DidYouMean.allowedEdits(20)).isEqualTo(3);
    assertThat(DidYouMean.closest("questoinPaterns", List.of("questionPatterns")))
        .contains("questionPatterns");
  }
}
