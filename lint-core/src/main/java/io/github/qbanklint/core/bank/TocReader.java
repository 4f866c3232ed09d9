package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import io.github.qbanklint.core.document.TextChars;
import io.github.qbanklint.core.document.TextContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.BulletList;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

/**
 * Finds the table of contents: the lists under a heading named like {@code 目录} or {@code Contents},
 * or failing that a list before the first section that is mostly in-document links. A {@code [TOC]}
 * marker means a generated table, with no entries to check.
 */
final class TocReader {
  private final Document document;
  private final List<String> tocNames;

  TocReader(Document document, BankConventions conventions) {
    this.document = document;
    this.tocNames = conventions.tocHeadings().stream().map(TocReader::fold).toList();
  }

  Optional<Heading> tocHeading(List<Heading> headings) {
    return headings.stream().filter(h -> tocNames.contains(fold(h.text()))).findFirst();
  }

  /** The table of contents, under {@code heading} (from {@link #tocHeading}) when there is one. */
  Optional<Toc> read(List<Heading> headings, Optional<Heading> heading) {
    if (heading.isPresent()) {
      Heading h = heading.get();
      int end =
          headings.stream()
              .filter(o -> o.start() > h.start())
              .mapToInt(Heading::start)
              .findFirst()
              .orElse(document.text().length());
      return Optional.of(readBlock(heading, h.end(), end));
    }
    return leadingLinkList(headings);
  }

  private Optional<Toc> leadingLinkList(List<Heading> headings) {
    int firstSection = headings.size() > 1 ? headings.get(1).start() : document.text().length();
    for (Node block = document.root().getFirstChild(); block != null; block = block.getNext()) {
      int start = Document.startOffset(block);
      if (start >= firstSection) {
        break;
      }
      if (block instanceof ListBlock list) {
        List<TocEntry> entries = new ArrayList<>();
        collect(list, 1, entries);
        long links =
            entries.stream()
                .filter(e -> e.target().map(t -> t.startsWith("#")).orElse(false))
                .count();
        if (entries.size() >= 3 && links * 2 > entries.size()) {
          int end = Document.endOffset(block);
          return Optional.of(
              new Toc(Optional.empty(), start, end, entries, false, lineStartOf(start), end));
        }
      }
    }
    return Optional.empty();
  }

  private Toc readBlock(Optional<Heading> heading, int from, int to) {
    List<TocEntry> entries = new ArrayList<>();
    boolean generated = false;
    int blockEnd = from;
    int listStart = -1;
    int listEnd = -1;
    for (Node block = document.root().getFirstChild(); block != null; block = block.getNext()) {
      int start = Document.startOffset(block);
      if (start < from) {
        continue;
      }
      if (start >= to) {
        break;
      }
      blockEnd = Document.endOffset(block);
      if (block instanceof ListBlock list) {
        collect(list, 1, entries);
        listStart = listStart < 0 ? lineStartOf(start) : listStart;
        listEnd = blockEnd;
      } else if (block instanceof Paragraph p && isGeneratedMarker(TextContent.of(p))) {
        generated = true;
      }
    }
    return listStart < 0
        ? new Toc(heading, from, blockEnd, entries, generated, blockEnd, blockEnd)
        : new Toc(heading, from, blockEnd, entries, generated, listStart, listEnd);
  }

  private void collect(ListBlock list, int depth, List<TocEntry> entries) {
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem listItem)) {
        continue;
      }
      for (Node child = listItem.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof Paragraph paragraph) {
          entries.add(entry(depth, paragraph, listItem, marker(list)));
        } else if (child instanceof ListBlock nested) {
          collect(nested, depth + 1, entries);
        }
      }
    }
  }

  private static String marker(ListBlock list) {
    if (list instanceof OrderedList ordered) {
      return "1" + (ordered.getMarkerDelimiter() == null ? "." : ordered.getMarkerDelimiter());
    }
    String bullet = ((BulletList) list).getMarker();
    return bullet == null ? "-" : bullet;
  }

  private int lineStartOf(int offset) {
    return document.lineIndex().lineStart(document.line(offset));
  }

  private TocEntry entry(int depth, Paragraph paragraph, ListItem item, String marker) {
    Optional<String> target = Optional.empty();
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Link link) {
        target = Optional.of(link.getDestination());
        break;
      }
    }
    int start = Document.startOffset(paragraph);
    return new TocEntry(
        depth,
        TextContent.of(paragraph).strip(),
        target,
        document.line(start),
        start,
        Document.endOffset(paragraph),
        item,
        marker,
        indentOf(item));
  }

  /** The whitespace before the item's marker: the leading whitespace of its first line. */
  private String indentOf(ListItem item) {
    int lineStart = lineStartOf(Document.startOffset(item));
    String text = document.text();
    int i = lineStart;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return text.substring(lineStart, i);
  }

  private static boolean isGeneratedMarker(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    return t.equals("[TOC]") || t.equals("[[TOC]]") || t.equals("[[_TOC_]]") || t.equals("${TOC}");
  }

  /** Stripped, runs of whitespace as one space, lower case; no regex, as it runs per heading. */
  private static String fold(String text) {
    String stripped = text.strip();
    StringBuilder out = new StringBuilder(stripped.length());
    boolean inSpace = false;
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (TextChars.isRegexSpace(c)) {
        inSpace = true;
      } else {
        if (inSpace) {
          out.append(' ');
          inSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
