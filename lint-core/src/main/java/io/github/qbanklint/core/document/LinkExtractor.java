package io.github.qbanklint.core.document;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/** Lists link and image destinations, and HTML anchors, from the tree and from raw HTML. */
final class LinkExtractor extends AbstractVisitor {
  private final Document document;
  private final List<LinkRef> links = new ArrayList<>();
  private final List<HtmlAnchor> anchors = new ArrayList<>();

  private LinkExtractor(Document document) {
    this.document = document;
  }

  private static LinkExtractor run(Document document) {
    LinkExtractor extractor = new LinkExtractor(document);
    document.root().accept(extractor);
    return extractor;
  }

  static List<LinkRef> extract(Document document) {
    return List.copyOf(run(document).links);
  }

  static List<HtmlAnchor> htmlAnchors(Document document) {
    return List.copyOf(run(document).anchors);
  }

  @Override
  public void visit(Link link) {
    int start = Document.startOffset(link);
    boolean bracketed = start >= 0 && document.text().charAt(start) == '[';
    LinkRef.Kind kind = bracketed ? LinkRef.Kind.LINK : LinkRef.Kind.AUTOLINK;
    links.add(
        new LinkRef(
            kind, link.getDestination(), TextContent.of(link), start, Document.endOffset(link)));
    visitChildren(link);
  }

  @Override
  public void visit(Image image) {
    links.add(
        new LinkRef(
            LinkRef.Kind.IMAGE,
            image.getDestination(),
            TextContent.of(image),
            Document.startOffset(image),
            Document.endOffset(image)));
    visitChildren(image);
  }

  @Override
  public void visit(HtmlBlock htmlBlock) {
    scanHtml(htmlBlock);
  }

  @Override
  public void visit(HtmlInline htmlInline) {
    scanHtml(htmlInline);
  }

  private void scanHtml(Node node) {
    int base = Document.startOffset(node);
    if (base < 0) {
      return;
    }
    String html = document.source(node);
    for (HtmlScanner.UrlAttribute url : HtmlScanner.urls(html)) {
      LinkRef.Kind kind = url.image() ? LinkRef.Kind.HTML_IMAGE : LinkRef.Kind.HTML_LINK;
      links.add(new LinkRef(kind, url.value(), "", base + url.start(), base + url.end()));
    }
    for (HtmlAnchor anchor : HtmlScanner.anchors(html)) {
      anchors.add(
          new HtmlAnchor(
              anchor.value(), anchor.attribute(), base + anchor.start(), base + anchor.end()));
    }
  }
}
