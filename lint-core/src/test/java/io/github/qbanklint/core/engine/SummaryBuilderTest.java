package io.github.qbanklint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.DocumentSummary;
import io.github.qbanklint.core.bank.BankConventions;
import io.github.qbanklint.core.bank.BankModelBuilder;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.LinkRef;
import org.junit.jupiter.api.Test;

class SummaryBuilderTest {
  @Test
  void keepsTheLinksThatLeaveTheDocumentAndItsAnchors() {
    Document document =
        Document.of(
            "bank.md",
            """
            # Bank

            - [toc](#bank)
            - [query](?tab=1#bank)
            - [other file](other.md#intro)
            - [remote](https://example.com/#x)
            - ![image](img/a.png)

            [reference]: #bank
            A [reference] and an <a href="#bank">HTML link</a>.
            """);

    DocumentSummary summary =
        SummaryBuilder.summarise(
            document, new BankModelBuilder(BankConventions.defaults()).modelOf(document));

    assertThat(summary.links())
        .extracting(DocumentSummary.LocatedLink::destination)
        .containsExactly("?tab=1#bank", "other.md#intro", "https://example.com/#x", "img/a.png");
    assertThat(summary.links().get(1))
        .isEqualTo(
            new DocumentSummary.LocatedLink(LinkRef.Kind.LINK, "other.md#intro", 5, 3, 5, 31));
    assertThat(summary.anchors()).contains("bank");
  }

  @Test
  void aLinkToAMissingPathThatNamesAnAnchorKeepsThatAnchor() {
    Document document =
        Document.of(
            "bank.md",
            """
            # Bank

            ## Set up

            <a id="Raw"></a>

            [as slug](Set%20up) [as written](Raw) [a file](other.md) [image](set-up)
            ![image](Raw) [remote](https://set-up) [machine](C:/Raw) [with query](Raw?x=1)
            """);

    DocumentSummary summary =
        SummaryBuilder.summarise(
            document, new BankModelBuilder(BankConventions.defaults()).modelOf(document));

    assertThat(summary.links())
        .extracting(l -> l.destination() + " " + l.namedAnchor().orElse("-"))
        .containsExactly(
            "Set%20up set-up",
            "Raw Raw",
            "other.md -",
            "set-up set-up",
            "Raw -",
            "https://set-up -",
            "C:/Raw -",
            "Raw?x=1 Raw");
  }
}
