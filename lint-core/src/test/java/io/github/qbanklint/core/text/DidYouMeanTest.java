package io.github.qbanklint.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
  private static final List<String> COMMANDS =
      List.of("check", "fix", "rules", "init", "report", "outline", "baseline", "install-hook");
  private static final List<String> RULES =
      List.of(
          "broken-anchor",
          "broken-emphasis",
          "broken-image",
          "broken-link",
          "dead-remote-link",
          "declared-count",
          "duplicate-question",
          "empty-answer",
          "empty-section",
          "file-encoding",
          "heading-increment",
          "html-block-run-on",
          "math-delimiters",
          "math-markdown-conflict",
          "math-suspicious",
          "math-syntax",
          "math-unknown-command",
          "merge-conflict-marker",
          "no-questions-recognised",
          "outside-workspace",
          "prose",
          "question-numbering",
          "section-numbering",
          "thin-answer",
          "toc-missing-entry",
          "toc-order",
          "toc-orphan-entry",
          "toc-text-mismatch",
          "too-long-to-check",
          "unknown-suppression");
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
  }

  @Test
  void aWordOfSeveralNamesSuggestsThemAll() {
    assertThat(DidYouMean.suggestions("numbering", RULES))
        .containsExactly("question-numbering", "section-numbering");
    assertThat(DidYouMean.suggestions("empty", RULES))
        .containsExactly("empty-answer", "empty-section");
    assertThat(DidYouMean.suggestions("anchor", RULES)).containsExactly("broken-anchor");
    assertThat(DidYouMean.suggestions("toc", RULES))
        .containsExactly("toc-order", "toc-missing-entry", "toc-orphan-entry", "toc-text-mismatch");
    assertThat(DidYouMean.hint("numbering", RULES))
        .isEqualTo("; did you mean 'question-numbering' or 'section-numbering'?");
  }

  @Test
  void wordsMatchInAnyOrderAsStartsPluralsOrTypos() {
    assertThat(DidYouMean.suggestions("numbering-section", RULES))
        .containsExactly("section-numbering");
    assertThat(DidYouMean.suggestions("answer-empty", RULES)).containsExactly("empty-answer");
    assertThat(DidYouMean.suggestions("answers", RULES))
        .containsExactly("empty-answer", "thin-answer");
    assertThat(DidYouMean.suggestions("numbring", RULES))
        .containsExactly("question-numbering", "section-numbering");
    assertThat(DidYouMean.suggestions("questionPat", List.of("questionPatterns", "sections")))
        .containsExactly("questionPatterns");
  }

  @Test
  void wordsOfOtherNamesAreNoTypos() {
    // "toc" is one edit from "too" (too-long-to-check), but whole words win over typos.
    assertThat(DidYouMean.suggestions("toc", RULES)).doesNotContain("too-long-to-check");
  }

  @Test
  void unrelatedWordsSuggestNoRule() {
    for (String typed :
        List.of("foo", "banana", "spelling", "color", "no", "link-checker", "README.md", "ab")) {
      assertThat(DidYouMean.suggestions(typed, RULES)).as(typed).isEmpty();
    }
  }

  @Test
  void aWordOfTooManyNamesSuggestsNone() {
    List<String> many = List.of("math-a", "math-b", "math-c", "math-d", "math-e", "math-f");
    assertThat(DidYouMean.suggestions("math", many)).isEmpty();
    assertThat(DidYouMean.suggestions("math", many.subList(0, 5))).hasSize(5);
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
    assertThat(DidYouMean.closest("banks", COMMANDS)).isEmpty();
    assertThat(DidYouMean.closest("content", COMMANDS)).isEmpty();
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
    assertThat(DidYouMean.hint(List.of("a", "b", "c")))
        .isEqualTo("; did you mean 'a', 'b' or 'c'?");
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
