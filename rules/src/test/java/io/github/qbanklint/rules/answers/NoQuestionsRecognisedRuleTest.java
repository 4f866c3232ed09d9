package io.github.qbanklint.rules.answers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.rules.testing.RuleFixtureTest;
import io.github.qbanklint.rules.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoQuestionsRecognisedRuleTest extends RuleFixtureTest {
  private static final String UNRECOGNISED =
      "# Notes\n\n## Basics\n\nQ1：什么是 JVM\n\n虚拟机。\n\nQ2：什么是 GC\n\n垃圾回收。\n";
  private static final String BANK = "## Basics\n\n### Q1: What is GC?\n\nGarbage collection.\n";

  @Test
  void anErrorWhenNoFileOfTheRunHasAQuestion() {
    List<Finding> findings =
        RuleHarness.run(
                new NoQuestionsRecognisedRule(), "", List.of(Document.of("a.md", UNRECOGNISED)))
            .findings();
    assertThat(findings).singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
  }

  @Test
  void theMessageSaysHowToLeaveOutAFileThatIsNoBank() {
    List<Finding> findings =
        RuleHarness.run(
                new NoQuestionsRecognisedRule(),
                "",
                List.of(Document.of("notes/rounds.md", UNRECOGNISED)))
            .findings();
    assertThat(findings)
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains(
            "if the file holds no questions, leave it out with exclude: [\"notes/rounds.md\"]");
  }

  @Test
  void aWarningWhenOtherFilesHaveQuestions() {
    List<Finding> findings =
        RuleHarness.run(
                new NoQuestionsRecognisedRule(),
                "",
                List.of(Document.of("a.md", UNRECOGNISED), Document.of("b.md", BANK)))
            .findings();
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.path()).isEqualTo("a.md");
              assertThat(f.message())
                  .contains("qbank-lint outline a.md")
                  .endsWith("the other files of this run write questions as heading-marker.");
            });
  }
}
