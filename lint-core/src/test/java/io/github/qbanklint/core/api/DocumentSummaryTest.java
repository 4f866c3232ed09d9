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
      List.of(new DocumentSummary.LocatedLink(LinkRef.Kind.LINK, "#intro", 3, 1, 3, 12));

  @Test
  void linkFactsOnDemandAreReadOnceAndOnlyWhenAskedFor() {
    AtomicInteger reads = new AtomicInteger();
    DocumentSummary summary =
        DocumentSummary.withLinkFactsOnDemand(
            "a.md",
            List.of(),
            Optional.empty(),
            () -> {
              reads.incrementAndGet();
              return new DocumentSummary.LinkFacts(Set.of("intro"), LINKS);
            });

    assertThat(summary.path()).isEqualTo("a.md");
    assertThat(summary.questions()).isEmpty();
    assertThat(reads).hasValue(0);
    assertThat(summary.anchors()).containsExactly("intro");
    assertThat(summary.links()).isEqualTo(LINKS);
    assertThat(reads).hasValue(1);
  }

  @Test
  void aSummaryOnDemandEqualsTheSameSummaryReadAtOnce() {
    DocumentSummary eager =
        new DocumentSummary("a.md", Set.of("intro"), LINKS, List.of(), Optional.empty());
    DocumentSummary onDemand =
        DocumentSummary.withLinkFactsOnDemand(
            "a.md",
            List.of(),
            Optional.empty(),
            () -> new DocumentSummary.LinkFacts(Set.of("intro"), LINKS));
    DocumentSummary otherAnchors =
        new DocumentSummary("a.md", Set.of("outro"), LINKS, List.of(), Optional.empty());

    assertThat(onDemand).isEqualTo(eager).hasSameHashCodeAs(eager).isNotEqualTo(otherAnchors);
  }
}
