package io.github.qbanklint.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a destination splits into a local path and a fragment. */
class LinkTargetTest {

  @Test
  void remoteAndSchemeDestinationsAreNotLocal() {
    assertThat(LinkTarget.parse("https://example.com/a#b")).isEmpty();
    assertThat(LinkTarget.parse("//cdn.example.com/x.png")).isEmpty();
    assertThat(LinkTarget.parse("mailto:a@example.com")).isEmpty();
    assertThat(LinkTarget.parse("  ")).isEmpty();
    assertThat(LinkTarget.parse("?tab=readme")).isEmpty();
  }

  @Test
  void pathAndFragmentArePercentDecodedAndTheQueryDropped() {
    assertThat(LinkTarget.parse("docs/my%20notes.md?plain=1#%E6%97%B7%E8%A7%86"))
        .contains(new LinkTarget("docs/my notes.md", Optional.of("旷视")));
    assertThat(LinkTarget.parse("#top")).contains(new LinkTarget("", Optional.of("top")));
  }

  @Test
  void aSameFileFragmentKeepsEverythingAfterTheHash() {
    assertThat(LinkTarget.parse(" #%E7%9B%AE%E5%BD%95 "))
        .contains(new LinkTarget("", Optional.of("目录")));
    assertThat(LinkTarget.parse("#a?b#c")).contains(new LinkTarget("", Optional.of("a?b#c")));
    assertThat(LinkTarget.parse("#")).contains(new LinkTarget("", Optional.of("")));
  }
}
