package io.github.qbanklint.core.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import org.junit.jupiter.api.Test;

/** A {@code =======} between merge-conflict markers is not a setext underline for the model. */
class ConflictSeparatorTest {
  private static final String CONFLICT =
      """
      ## Basics

      ### Q1: What is a JVM?

      <<<<<<< HEAD
      The Java virtual machine runs bytecode.
      =======
      The JVM loads classes and runs their bytecode.
      >>>>>>> feature

      ### Q2: What is GC?

      Garbage collection frees unreachable objects.
      """;

  @Test
  void theSeparatorInsideAConflictMakesNoHeadingAndTheAnswerStaysWhole() {
    Document document = Document.of("bank.md", CONFLICT);
    assertThat(document.headings()).extracting(Heading::line).containsExactly(1, 3, 11);
    BankModel model = new BankModelBuilder(BankConventions.defaults()).modelOf(document);
    assertThat(model.questions()).extracting(Question::line).containsExactly(3, 11);
    assertThat(model.sections()).extracting(Section::line).containsExactly(1);
  }

  @Test
  void aSetextHeadingOutsideAConflictIsStillAHeading() {
    Document document = Document.of("bank.md", "Basics\n=======\n\n### Q1: Why?\n\nBecause.\n");
    assertThat(document.headings()).extracting(Heading::level).containsExactly(1, 3);
  }
}
