package io.github.qbanklint.core.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/** Lists link and image destinations, and HTML anchors, from the tree and from raw HTML. */
final class LinkExtractor {
  private LinkExtractor() {}

  static List<LinkRef> extract(Document document) {
    List<LinkRef> links = new ArrayList<>();
    for (Node node : document.nodes().of(Link.class, Image.class)) {
      links.add(node instanceof Link link ? linkRef(document, link) : imageRef((Image) node));
    }
    for (HtmlFragment fragment : document.htmlFragments()) {
      for (HtmlScanner.UrlAttribute url : HtmlScanner.urls(fragment.html())) {
        LinkRef.Kind kind = url.image() ? LinkRef.Kind.HTML_IMAGE : LinkRef.Kind.HTML_LINK;
        links.add(
            new LinkRef(
                kind,
                url.value(),
                "",
                fragment.start() + url.start(),
                fragment.start() + url.end()));
      }
    }
    links.sort(Comparator.comparingInt(LinkRef::start));
    return List.copyOf(links);
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

  private static LinkRef linkRef(Document document, Link link) {
    int start = Document.startOffset(link);
    boolean bracketed = start >= 0 && document.text().charAt(start) == '[';
    LinkRef.Kind kind = bracketed ? LinkRef.Kind.LINK : LinkRef.Kind.AUTOLINK;
    return new LinkRef(
        kind, link.getDestination(), TextContent.of(link), start, Document.endOffset(link));
  }

  private static LinkRef imageRef(Image image) {
    return new LinkRef(
        LinkRef.Kind.IMAGE,
        image.getDestination(),
        TextContent.of(image),
        Document.startOffset(image),
        Document.endOffset(image));
  }
}
