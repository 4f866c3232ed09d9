package io.github.qbanklint.core.document;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;

/** Lists the raw HTML of a document; HTML inside code is code, not HTML, and is not listed. */
final class HtmlFragments {
  private HtmlFragments() {}

  static List<HtmlFragment> of(Document document) {
    List<HtmlFragment> fragments = new ArrayList<>();
    for (Node node : document.nodes().of(HtmlBlock.class, HtmlInline.class)) {
      int start = Document.startOffset(node);
      if (start >= 0) {
        fragments.add(new HtmlFragment(document.source(node), start, Document.endOffset(node)));
      }
    }
    return List.copyOf(fragments);
  }
}
