package io.github.qbanklint.core.document;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;

/** Lists the raw HTML of a document; HTML inside code is code, not HTML, and is not listed. */
final class HtmlFragments extends AbstractVisitor {
  private final Document document;
  private final List<HtmlFragment> fragments = new ArrayList<>();

  private HtmlFragments(Document document) {
    this.document = document;
  }

  static List<HtmlFragment> of(Document document) {
    HtmlFragments visitor = new HtmlFragments(document);
    document.root().accept(visitor);
    return List.copyOf(visitor.fragments);
  }

  @Override
  public void visit(HtmlBlock htmlBlock) {
    add(htmlBlock);
  }

  @Override
  public void visit(HtmlInline htmlInline) {
    add(htmlInline);
  }

  private void add(Node node) {
    int start = Document.startOffset(node);
    if (start >= 0) {
      fragments.add(new HtmlFragment(document.source(node), start, Document.endOffset(node)));
    }
  }
}
