package io.github.qbanklint.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.document.ConflictMarkers.Kind;
import io.github.qbanklint.core.document.ConflictMarkers.Region;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConflictMarkersTest {

  private static ConflictMarkers of(String text) {
    return ConflictMarkers.of(Document.of("a.md", text));
  }

  @Test
  void aRegionRunsFromTheStartMarkerToTheEndMarker() {
    ConflictMarkers conflicts =
        of("# T\n\n<<<<<<< HEAD\nours\n||||||| base\nbase\n=======\ntheirs\n>>>>>>> b\n\nafter\n");

    assertThat(conflicts.regions()).containsExactly(new Region(3, 9));
    assertThat(conflicts.markers())
        .extracting(m -> m.kind() + "@" + m.line())
        .containsExactly("START@3", "BASE@5", "SEPARATOR@7", "END@9");
    assertThat(conflicts.markers()).allSatisfy(m -> assertThat(m.region()).isPresent());
    assertThat(IntStream.rangeClosed(1, 11).filter(conflicts::inRegion))
        .containsExactly(3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void aSeparatorBetweenMarkersIsNotASetextUnderline() {
    String text = "<<<<<<< HEAD\nTitle\n=======\nOther title\n>>>>>>> b\n\nHeading\n=======\n";
    Document document = Document.of("a.md", text);
    ConflictMarkers conflicts = ConflictMarkers.of(document);

    assertThat(conflicts.inRegion(3)).isTrue();
    assertThat(conflicts.inRegion(8)).isFalse();
    assertThat(conflicts.markers()).extracting(m -> m.line()).containsExactly(1, 3, 5);
  }

  @Test
  void separatorsAndBasesOutsideARegionAreText() {
    ConflictMarkers conflicts = of("Heading\n=======\n\n| a |\n|---|\n|||||||\n\n>>>>>>> x\n");

    assertThat(conflicts.regions()).isEmpty();
    assertThat(conflicts.markers())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo(Kind.END);
              assertThat(m.line()).isEqualTo(8);
              assertThat(m.region()).isEmpty();
            });
  }

  @Test
  void markersInFencedCodeAreCode() {
    ConflictMarkers conflicts =
        of("```\n<<<<<<< HEAD\n=======\n>>>>>>> b\n```\n\n~~~\n<<<<<<< x\n");

    assertThat(conflicts.markers()).isEmpty();
    assertThat(conflicts.regions()).isEmpty();
  }

  @Test
  void aMarkerIsSevenCharactersThenALabelOrNothing() {
    ConflictMarkers conflicts =
        of("<<<<<<<< HEAD\n<<<<<<<HEAD\n <<<<<<< HEAD\n<<<<<<<\t\n>>>>>>>\n=======x\n");

    assertThat(conflicts.markers()).extracting(m -> m.line()).containsExactly(4, 5);
    assertThat(conflicts.regions()).containsExactly(new Region(4, 5));
  }

  @Test
  void positionsIgnoreTheBomAndTheCarriageReturn() {
    byte[] bytes =
        "\uFEFF<<<<<<< HEAD\r\nours\r\n=======\r\n>>>>>>> b\r\n".getBytes(StandardCharsets.UTF_8);
    Document document =
        ((DocumentLoader.Loaded) new DocumentLoader(1024).decode("a.md", bytes)).document();

    assertThat(ConflictMarkers.of(document).markers())
        .extracting(m -> document.text().substring(m.start(), m.end()))
        .containsExactly("<<<<<<< HEAD", "=======", ">>>>>>> b");
  }
}
