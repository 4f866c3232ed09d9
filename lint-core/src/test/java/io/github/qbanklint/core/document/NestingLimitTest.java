package io.github.qbanklint.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.ListItem;
import org.junit.jupiter.api.Test;

class NestingLimitTest {

  private static String nestedList(int depth) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      out.append("  ".repeat(i)).append("- item ").append(i).append('\n');
    }
    return out.toString();
  }

  private static int listItems(Document document) {
    int[] count = {0};
    document
        .root()
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(ListItem item) {
                count[0]++;
                visitChildren(item);
              }
            });
    return count[0];
  }

  @Test
  void listsNestedFifteenLevelsDeepAreParsedInFull() {
    assertThat(listItems(Document.of("x.md", nestedList(15)))).isEqualTo(15);
  }

  @Test
  void deeperNestingStopsAtTheOpenBlockLimitAndKeepsTheText() {
    Document d = Document.of("x.md", nestedList(3000));

    assertThat(listItems(d)).isLessThan(MarkdownParser.MAX_OPEN_BLOCKS);
    assertThat(TextContent.of(d.root())).contains("item 2999");
  }
}
