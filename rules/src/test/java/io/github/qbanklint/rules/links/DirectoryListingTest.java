package io.github.qbanklint.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DirectoryListingTest {
  private final DirectoryListing listing =
      new DirectoryListing(List.of("Images", "README.md", "images", "İndex.md", "notes.md"));

  @Test
  void anExactNameIsThereAndAnotherCaseIsNot() {
    assertThat(listing.contains("README.md")).isTrue();
    assertThat(listing.contains("readme.md")).isFalse();
  }

  @Test
  void aNameInAnotherCaseIsTheFirstSuchNameInTheListingsOrder() {
    assertThat(listing.ignoringCase("IMAGES")).contains("Images");
    assertThat(listing.ignoringCase("readme.MD")).contains("README.md");
  }

  @Test
  void letterCaseIsComparedAsStringEqualsIgnoreCaseDoes() {
    // 'İ' lower-cases to 'i', so equalsIgnoreCase takes "index.md" for "İndex.md"; "ß" is not "SS".
    assertThat("index.md".equalsIgnoreCase("İndex.md")).isTrue();
    assertThat(listing.ignoringCase("index.md")).contains("İndex.md");
    assertThat(new DirectoryListing(List.of("straße.md")).ignoringCase("STRASSE.md")).isEmpty();
  }

  @Test
  void theClosestNameToAMissingOneIsATypoAwayOrNone() {
    assertThat(listing.closestTo("note.md")).contains("notes.md");
    assertThat(listing.closestTo("nothing-like-it.txt")).isEmpty();
    assertThat(DirectoryListing.EMPTY.closestTo("note.md")).isEmpty();
  }
}
