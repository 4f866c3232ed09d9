package io.github.qbanklint.rules.toc;

import io.github.qbanklint.core.anchors.Fragments;
import io.github.qbanklint.core.bank.TocEntry;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import io.github.qbanklint.core.document.HtmlAnchor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The heading a table-of-contents link leads to. Its fragment is resolved as broken-anchor resolves
 * it ({@link Fragments}); the anchor it names belongs to a heading when it is the heading's own
 * (HTML id or GitHub slug), or an {@code id} or {@code name} attribute inside the heading or on a
 * line of tags right before it ({@code <a id="q1"></a>} over {@code ### Q1}).
 */
final class TocAnchors {
  private final Document document;
  private final Map<String, Heading> headingOf = new HashMap<>();

  private TocAnchors(Document document) {
    this.document = document;
    List<Heading> headings = document.headings();
    for (Heading h : headings) {
      if (!h.anchor().isEmpty()) {
        headingOf.putIfAbsent(h.anchor(), h);
      }
    }
    int next = 0;
    for (HtmlAnchor a : document.htmlAnchors()) {
      while (next < headings.size() && headings.get(next).end() <= a.start()) {
        next++;
      }
      if (next < headings.size()) {
        Heading h = headings.get(next);
        if (h.start() <= a.start() || standsRightBefore(a, h)) {
          headingOf.putIfAbsent(a.value(), h);
        }
      }
    }
  }

  static TocAnchors of(Document document) {
    return document.memo(TocAnchors.class, TocAnchors::new);
  }

  /** The heading an entry's in-document link leads to; empty for other entries. */
  Optional<Heading> heading(TocEntry entry) {
    return entry
        .anchor()
        .flatMap(f -> Fragments.resolve(Fragments.decode(f), document.anchors()))
        .map(headingOf::get);
  }

  /** Whether the anchor's tag starts its line and only tags and blank space follow to {@code h}. */
  private boolean standsRightBefore(HtmlAnchor a, Heading h) {
    int lineStart = document.lineIndex().lineStart(document.line(a.start()));
    int tagEnd = tagEnd(a.end(), h.start());
    return tagEnd >= 0 && onlyTags(lineStart, a.start()) && onlyTags(tagEnd + 1, h.start());
  }

  /** Whether {@code [from, to)} holds nothing but whole tags and blank space. */
  private boolean onlyTags(int from, int to) {
    String text = document.text();
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '<') {
        i = tagEnd(i, to);
        if (i < 0) {
          return false;
        }
      } else if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /** The offset of the first {@code >} in {@code [from, to)}, or -1. */
  private int tagEnd(int from, int to) {
    String text = document.text();
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '>') {
        return i;
      }
    }
    return -1;
  }
}
