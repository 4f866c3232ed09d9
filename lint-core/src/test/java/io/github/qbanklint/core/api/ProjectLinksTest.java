package io.github.qbanklint.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProjectLinksTest {
  @Test
  void withoutAUrlLinksArePathsInTheCheckout() {
    for (String unset : new String[] {"", "  ", "unknown", "${qbank-lint.projectUrl}"}) {
      ProjectLinks links = ProjectLinks.of(unset);
      assertThat(links.absolute()).isFalse();
      assertThat(links.rule("empty-answer")).isEqualTo("docs/rules/empty-answer.md");
      assertThat(links.schema()).isEqualTo("docs/qbank-lint.schema.json");
    }
  }

  @Test
  void withAUrlLinksAreThatUrlPlusThePath() {
    ProjectLinks links = ProjectLinks.of("https://example.org/qbank-lint/main/");
    assertThat(links.absolute()).isTrue();
    assertThat(links.rule("empty-answer"))
        .isEqualTo("https://example.org/qbank-lint/main/docs/rules/empty-answer.md");
    assertThat(links.schema())
        .isEqualTo("https://example.org/qbank-lint/main/docs/qbank-lint.schema.json");
  }
}
