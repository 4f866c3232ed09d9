package io.github.qbanklint.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.document.LinkRef;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DocumentSummaryTest {
  private static final List<DocumentSummary.LocatedLink> LINKS =
      List.of(new DocumentSummary.LocatedLink(LinkRef.Kind.LINK, "b.md#intro", 3, 1, 3, 12));

  @Test
  void anchorsAndLinksOnDemandAreEachReadOnceAndOnlyWhenAskedFor() {
    AtomicInteger anchorReads = new AtomicInteger();
    AtomicInteger linkReads = new AtomicInteger();
    DocumentSummary summary =
        DocumentSummary.onDemand(
            "a.md",
            List.of(),
            Optional.empty(),
            () -> {
              anchorReads.incrementAndGet();
              return Set.of("intro");
            },
            () -> {
              linkReads.incrementAndGet();
              return LINKS;
            });

    assertThat(summary.path()).isEqualTo("a.md");
    assertThat(summary.questions()).isEmpty();
    assertThat(summary.links()).isEqualTo(LINKS);
    assertThat(summary.links()).isEqualTo(LINKS);
    assertThat(anchorReads).hasValue(0);
    assertThat(linkReads).hasValue(1);
    assertThat(summary.anchors()).containsExactly("intro");
    assertThat(summary.anchors()).containsExactly("intro");
    assertThat(anchorReads).hasValue(1);
    assertThat(linkReads).hasValue(1);
  }

  @Test
  void aSummaryOnDemandEqualsTheSameSummaryReadAtOnce() {
    DocumentSummary eager =
        new DocumentSummary("a.md", Set.of("intro"), LINKS, List.of(), Optional.empty());
    DocumentSummary onDemand =
        DocumentSummary.onDemand(
            "a.md", List.of(), Optional.empty(), () -> Set.of("intro"), () -> LINKS);
    DocumentSummary otherAnchors =
        new DocumentSummary("a.md", Set.of("outro"), LINKS, List.of(), Optional.empty());
    DocumentSummary otherLinks =
        new DocumentSummary("a.md", Set.of("intro"), List.of(), List.of(), Optional.empty());

    assertThat(onDemand)
        .isEqualTo(eager)
        .hasSameHashCodeAs(eager)
        .isNotEqualTo(otherAnchors)
        .isNotEqualTo(otherLinks);
  }
}
