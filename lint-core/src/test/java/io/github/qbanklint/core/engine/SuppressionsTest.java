package io.github.qbanklint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.document.Document;
import org.junit.jupiter.api.Test;

class SuppressionsTest {

  private static Suppressions of(String text) {
    return Suppressions.of(Document.of("t.md", text));
  }

  @Test
  void nextLineAndSameLine() {
    Suppressions s =
        of(
            "a\n<!-- qbank-lint-disable-next-line empty-answer -->\nb\nc <!-- qbank-lint-disable-line -->\nd\n");
    assertThat(s.suppresses("empty-answer", 3)).isTrue();
    assertThat(s.suppresses("other", 3)).isFalse();
    assertThat(s.suppresses("anything", 4)).isTrue();
    assertThat(s.suppresses("empty-answer", 5)).isFalse();
  }

  @Test
  void disableUntilEnable() {
    Suppressions s =
        of(
            "<!-- qbank-lint-disable toc-order, empty-answer -->\n\nx\n\n<!-- qbank-lint-enable empty-answer -->\n\ny\n");
    assertThat(s.suppresses("empty-answer", 3)).isTrue();
    assertThat(s.suppresses("empty-answer", 7)).isFalse();
    assertThat(s.suppresses("toc-order", 7)).isTrue();
  }

  @Test
  void disableFileAndCommentsInCodeDoNotCount() {
    assertThat(
            of("x\n\n<!-- qbank-lint-disable-file math-syntax -->\n").suppresses("math-syntax", 1))
        .isTrue();
    Suppressions inCode = of("```\n<!-- qbank-lint-disable-file -->\n```\n");
    assertThat(inCode.suppresses("empty-answer", 1)).isFalse();
  }
}
