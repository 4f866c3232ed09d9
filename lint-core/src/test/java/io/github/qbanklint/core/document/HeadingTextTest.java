package io.github.qbanklint.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** What a heading says, and the anchor GitHub gives it. */
class HeadingTextTest {
  @Test
  void aLinkBackUpThePageAtTheEndIsNoPartOfTheTextButOfTheAnchor() {
    Document document =
        Document.of(
            "bank.md",
            "### What is X? [⬆](#contents)\n\n### 什么是 Y？ [返回目录](#目录) \n\n"
                + "### See [the spec](#spec)\n\n### [Back to top](#top)\n");
    assertThat(document.headings())
        .extracting(Heading::text, Heading::slug)
        .containsExactly(
            tuple("What is X?", "what-is-x-"),
            tuple("什么是 Y？", "什么是-y-返回目录"),
            tuple("See the spec", "see-the-spec"),
            tuple("Back to top", "back-to-top"));
  }
}
