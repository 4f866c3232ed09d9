package io.github.qbanklint.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

class NodeIndexTest {
  private static final String TEXT =
      """
      # Title with `code`

      <div id="a">html</div>

      - item *with [a link](https://example.com) and `code`*
        1. nested https://www.example.org
      > quote with `more code`
      """;

  private final Document document = Document.of("t.md", TEXT);
  private final NodeIndex index = document.nodes();

  @Test
  void listsEveryNodeInTheOrderAVisitorMeetsThem() {
    List<Node> visited = new ArrayList<>();
    visited.add(document.root());
    document
        .root()
        .accept(
            new AbstractVisitor() {
              @Override
              protected void visitChildren(Node parent) {
                for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                  visited.add(n);
                  n.accept(this);
                }
              }
            });
    List<Node> indexed = new ArrayList<>();
    for (int p = 0; p < index.subtreeEnd(0); p++) {
      indexed.add(index.node(p));
    }
    assertThat(indexed).containsExactlyElementsOf(visited);
  }

  @Test
  void listsTheNodesOfATypeAndItsSubtypesInDocumentOrder() {
    assertThat(index.of(Code.class))
        .extracting(Code::getLiteral)
        .containsExactly("code", "code", "more code");
    assertThat(index.of(ListBlock.class))
        .hasExactlyElementsOfTypes(BulletList.class, OrderedList.class);
    assertThat(index.of(Link.class, HtmlBlock.class))
        .hasExactlyElementsOfTypes(HtmlBlock.class, Link.class, Link.class);
    assertThat(index.of(Block.class)).first().isSameAs(document.root());
  }

  @Test
  void tellsWhichTopLevelBlockHoldsANode() {
    assertThat(index.blocks()).hasSize(4);
    Emphasis emphasis = index.of(Emphasis.class).get(0);
    assertThat(index.blockOf(emphasis)).isEqualTo(2);
    assertThat(index.blockOf(index.blocks().get(3))).isEqualTo(3);
  }

  @Test
  void givesEachNodesPositionAndTheEndOfWhatIsBelowIt() {
    Emphasis emphasis = index.of(Emphasis.class).get(0);
    int position = index.position(emphasis);
    assertThat(index.node(position)).isSameAs(emphasis);
    List<Node> below = new ArrayList<>();
    for (int p = position + 1; p < index.subtreeEnd(position); p++) {
      below.add(index.node(p));
    }
    assertThat(below).last().isInstanceOf(Code.class);
    assertThat(below).filteredOn(Text.class::isInstance).hasSize(3);
    assertThat(index.position(document.root())).isZero();
  }

  @Test
  void givesThePositionOfEveryNodeOfABlockTooLargeToScan() {
    StringBuilder table = new StringBuilder("| q | a |\n|---|---|\n");
    for (int i = 0; i < 2000; i++) {
      table.append("| q").append(i).append(" | **a** `").append(i).append("` |\n");
    }
    NodeIndex large = Document.of("t.md", table.toString()).nodes();
    assertThat(large.subtreeEnd(large.position(large.blocks().get(0)))).isGreaterThan(1024);
    for (Node code : large.of(Code.class)) {
      assertThat(large.node(large.position(code))).isSameAs(code);
    }
    Node foreign = Document.of("u.md", table.toString()).nodes().of(Code.class).get(5);
    assertThatThrownBy(() -> large.position(foreign)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesANodeOfAnotherDocument() {
    Node foreign = Document.of("u.md", "text\n").root().getFirstChild();
    assertThatThrownBy(() -> index.blockOf(foreign)).isInstanceOf(IllegalArgumentException.class);
  }
}
