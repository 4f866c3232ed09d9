package io.github.qbanklint.core.anchors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FragmentsTest {
  private static final Set<String> ANCHORS =
      Set.of("8.CVer整理", "getting-started", "legacy", "user-content-kept");

  @Test
  void aFragmentNamesAnAnchorWrittenExactlyOrBehindTheUserContentPrefix() {
    assertThat(Fragments.resolve("8.CVer整理", ANCHORS)).contains("8.CVer整理");
    assertThat(Fragments.resolve("user-content-legacy", ANCHORS)).contains("legacy");
    assertThat(Fragments.resolve("user-content-kept", ANCHORS)).contains("user-content-kept");
    assertThat(Fragments.resolve("8.Cver整理", ANCHORS)).isEmpty();
    assertThat(Fragments.resolve("user-content-", ANCHORS)).isEmpty();
  }

  @Test
  void topEmptyAndLineFragmentsAlwaysResolve() {
    for (String always : new String[] {"", "top", "TOP", "L10", "L10C2-L20", "user-content-top"}) {
      assertThat(Fragments.resolves(always, ANCHORS)).as(always).isTrue();
    }
    assertThat(Fragments.resolves("getting-started", ANCHORS)).isTrue();
    assertThat(Fragments.resolves("geting-started", ANCHORS)).isFalse();
  }

  @Test
  void plusSignsAndMalformedEscapesStayAsWritten() {
    assertThat(Fragments.decode("c++%2B.md")).isEqualTo("c+++.md");
    assertThat(Fragments.decode("100%.md")).isEqualTo("100%.md");
    assertThat(Fragments.decode("bad%FF.md")).isEqualTo("bad%FF.md");
    assertThat(Fragments.decode("%E7%9B%AE%E5%BD%95")).isEqualTo("目录");
  }
}
