package io.github.qbanklint.core.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import java.util.List;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

/**
 * The {@code <details>} tags a block opens and closes, in HTML blocks and in inline HTML, and the
 * HTML heading that is a {@code <details>} element's summary.
 */
class DetailsElementsTest {
  private static List<Node> blocks(String markdown) {
    return Document.of("t.md", markdown).nodes().blocks();
  }

  private static DetailsElements.Tags tags(String markdown, int block) {
    return DetailsElements.tags(blocks(markdown).get(block));
  }

  @Test
  void aClosingTagAtTheEndOfAParagraphClosesTheElement() {
    String devops = "<details>\n<summary>Q?</summary><br><b>\n\nTrue.\n</b></details>\n";
    assertThat(tags(devops, 0).change()).isEqualTo(1);
    assertThat(tags(devops, 0).closes(0)).isFalse();
    assertThat(tags(devops, 1).change()).isEqualTo(-1);
    assertThat(tags(devops, 1).closes(1)).isTrue();
  }

  @Test
  void aClosingTagContinuingAListItemClosesTheElement() {
    String list = "<details>\n<summary>Q?</summary><br><b>\n\n  * one\n  * two\n</b></details>\n";
    assertThat(tags(list, 1).closes(1)).isTrue();
  }

  @Test
  void aTagInACommentIsNoElement() {
    String inline =
        "<details><summary>A</summary>\n\nA closure. <!-- like the <details> below -->\n";
    assertThat(tags(inline, 1)).isEqualTo(DetailsElements.Tags.NONE);
    String block = "<details><summary>A</summary> <!-- a <details> in a comment -->\n";
    assertThat(tags(block, 0).change()).isEqualTo(1);
    String closedEarly = "<!--> <details>\n";
    assertThat(tags(closedEarly, 0).change()).as("<!--> is a whole comment").isEqualTo(1);
  }

  @Test
  void aCommentLeftOpenRunsToTheEnd() {
    assertThat(DetailsElements.withoutComments("a<!-- b -->c<!-- <details>")).isEqualTo("ac");
    assertThat(DetailsElements.withoutComments("<!---><details>")).isEqualTo("<details>");
  }

  @Test
  void aBlockThatOpensAndClosesTheElementClosesItAtDepthZero() {
    String oneLine = "<details><summary>Q?</summary><br><b>A.</b></details>\n";
    assertThat(tags(oneLine, 0).change()).isZero();
    assertThat(tags(oneLine, 0).closes(0)).isTrue();
  }

  @Test
  void aNestedElementDoesNotCloseTheOneAroundIt() {
    String nested = "<details><summary>Explain more</summary>More.</details>\n";
    assertThat(tags(nested, 0).closes(1)).isFalse();
    String closesBoth = "</details>\n</b></details>\n";
    assertThat(tags(closesBoth, 0).closes(2)).isTrue();
    assertThat(tags(closesBoth, 0).closes(3)).isFalse();
  }

  @Test
  void aBlockThatClosesOneElementAndOpensTheNextClosesTheFirst() {
    String both = "</details>\n<details>\n<summary>Q2?</summary>\n";
    assertThat(tags(both, 0).change()).isZero();
    assertThat(tags(both, 0).closes(1)).isTrue();
  }

  @Test
  void aTagInCodeIsNoTag() {
    assertThat(tags("Close it with `</details>`.\n", 0)).isEqualTo(DetailsElements.Tags.NONE);
    assertThat(tags("```\n</details>\n```\n", 0)).isEqualTo(DetailsElements.Tags.NONE);
  }

  @Test
  void anHtmlHeadingInASummarySummarisesItsElement() {
    Document document =
        Document.of(
            "t.md",
            "<details>\n  <summary><h3>1. What is X?</h3></summary>\n  <p>X.</p>\n</details>\n\n"
                + "<h3>2. What is Y?</h3>\n");
    List<Heading> headings = document.headings();
    assertThat(DetailsElements.summarises(headings.get(0))).isTrue();
    assertThat(DetailsElements.summarises(headings.get(1))).isFalse();
  }
}
