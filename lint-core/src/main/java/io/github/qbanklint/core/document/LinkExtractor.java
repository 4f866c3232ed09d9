package io.github.qbanklint.core.document;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;

/** Lists link and image destinations, and HTML anchors, from the tree and from raw HTML. */
final class LinkExtractor extends AbstractVisitor {
  private final Document document;
  private final List<LinkRef> links = new ArrayList<>();

  private LinkExtractor(Document document) {
    this.document = document;
  }

  private static LinkExtractor run(Document document) {
    LinkExtractor extractor = new LinkExtractor(document);
    document.root().accept(extractor);
    return extractor;
  }

  static List<LinkRef> extract(Document document) {
    LinkExtractor extractor = run(document);
    for (HtmlFragment fragment : document.htmlFragments()) {
      for (HtmlScanner.UrlAttribute url : HtmlScanner.urls(fragment.html())) {
        LinkRef.Kind kind = url.image() ? LinkRef.Kind.HTML_IMAGE : LinkRef.Kind.HTML_LINK;
        extractor.links.add(
            new LinkRef(
                kind,
                url.value(),
                "",
                fragment.start() + url.start(),
                fragment.start() + url.end()));
      }
    }
    extractor.links.sort(java.util.Comparator.comparingInt(LinkRef::start));
    return List.copyOf(extractor.links);
  }

  static List<HtmlAnchor> htmlAnchors(Document document) {
    List<HtmlAnchor> anchors = new ArrayList<>();
    for (HtmlFragment fragment : document.htmlFragments()) {
      for (HtmlAnchor a : HtmlScanner.anchors(fragment.html())) {
        anchors.add(
            new HtmlAnchor(
                a.value(),
                a.attribute(),
                fragment.start() + a.start(),
                fragment.start() + a.end()));
      }
    }
    return List.copyOf(anchors);
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
}
