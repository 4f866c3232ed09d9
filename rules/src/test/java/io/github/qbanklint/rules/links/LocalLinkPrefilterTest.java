package io.github.qbanklint.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.DocumentSummary.LocatedLink;
import io.github.qbanklint.core.document.LinkRef;
import io.github.qbanklint.core.document.LinkTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The check's cheap look at a link never drops one that its parsed target could fail. */
class LocalLinkPrefilterTest {
  private static final List<String> DESTINATIONS =
      List.of(
          "",
          " ",
          "#",
          "#top",
          " #top ",
          "\u2003#x",
          "\u00A0#x",
          "a.md",
          "a.md#b",
          "./img/x.png",
          "x.png#",
          "?q",
          "?q#f",
          "%",
          "%23x",
          "%20",
          "#%E7%9B%AE",
          "C:\\Users\\me\\x.png",
          "C:\\x#y",
          "file:///x",
          "//host/x",
          "https://example.com/a#b",
          "mailto:a@b.c",
          "/abs/path.md#h",
          "../up.md");

  private static final String ALPHABET = "#?%/:.\\ \u2003\u00A0aZ9é目😀";

  @Test
  void everyLinkThatCanYieldAProblemGetsPastThePrefilter() {
    List<String> destinations = new ArrayList<>(DESTINATIONS);
    Random random = new Random(20261205);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder d = new StringBuilder();
      for (int n = random.nextInt(8); n > 0; n--) {
        d.appendCodePoint(
            ALPHABET.codePointAt(
                ALPHABET.offsetByCodePoints(
                    0, random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
      }
      destinations.add(d.toString());
    }
    int yielding = 0;
    int skipped = 0;
    for (String destination : destinations) {
      for (LinkRef.Kind kind : LinkRef.Kind.values()) {
        LocatedLink link = new LocatedLink(kind, destination, 1, 1, 1, 2);
        for (LocalLinkCheck.Category category : LocalLinkCheck.Category.values()) {
          boolean canYield =
              LinkTarget.parse(destination)
                  .filter(t -> LocalLinkCheck.canYield(category, link, t))
                  .isPresent();
          boolean passes = LocalLinkCheck.mayYield(category, link);
          if (canYield) {
            yielding++;
            assertThat(passes).as("%s %s '%s'", category, kind, destination).isTrue();
          } else if (!passes) {
            skipped++;
          }
        }
      }
    }
    assertThat(yielding).isPositive();
    assertThat(skipped).isPositive();
  }

  @Test
  void aLinkIntoItsOwnDocumentIsLeftToTheDocumentsOwnCheck() {
    LocatedLink toc = new LocatedLink(LinkRef.Kind.LINK, "#问题1", 3, 1, 3, 9);
    LocatedLink query = new LocatedLink(LinkRef.Kind.LINK, "?q#问题1", 3, 1, 3, 9);
    LocatedLink across = new LocatedLink(LinkRef.Kind.LINK, "b.md#问题1", 3, 1, 3, 9);

    for (LocalLinkCheck.Category category : LocalLinkCheck.Category.values()) {
      assertThat(LocalLinkCheck.mayYield(category, toc)).as("%s", category).isFalse();
      assertThat(LinkTarget.parse(query.destination()))
          .get()
          .matches(t -> !LocalLinkCheck.canYield(category, query, t), category.toString());
    }
    assertThat(LocalLinkCheck.mayYield(LocalLinkCheck.Category.ANCHOR, across)).isTrue();
  }
}
