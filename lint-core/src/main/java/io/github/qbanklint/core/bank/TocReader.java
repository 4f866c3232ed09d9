package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.ChineseScript;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import io.github.qbanklint.core.document.HtmlScanner;
import io.github.qbanklint.core.document.TextChars;
import io.github.qbanklint.core.document.TextContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BulletList;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

/**
 * Finds the table of contents: the lists between the TOC markers doctoc and markdown-toc write;
 * else a table or the lists under a heading named like {@code 目录} or {@code Contents}; else a list
 * before the first section that is mostly in-document links. The table is its first list and the
 * lists right after it: a list after other content (a paragraph, a rule, a code block) is an
 * ordinary list. A {@code [TOC]} or {@code [[_TOC_]]} paragraph means a generated table, with no
 * entries to check.
 */
final class TocReader {
  /**
   * The comments that open and close a generated table: doctoc's {@code START doctoc …} / {@code
   * END doctoc …}, markdown-toc's {@code toc} / {@code tocstop}, Markdown All in One's {@code TOC}
   * / {@code /TOC}. Group 1 is set for an opening one.
   */
  private static final Pattern MARKER =
      Pattern.compile(
          "<!--\\s*(?:(START\\s+doctoc\\b.*?|toc)|END\\s+doctoc\\b.*?|tocstop|/toc)\\s*-->",
          Pattern.CASE_INSENSITIVE);

  /** Longer than any generated-table marker, blanks around it included: not one. */
  private static final int GENERATED_MARKER_MAX = 24;

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
    Optional<Toc> marked = betweenMarkers(headings, heading);
    if (marked.isPresent()) {
      return marked;
    }
    if (heading.isPresent()) {
      Heading h = heading.get();
      int end = nextHeadingStart(headings, h);
      return readTable(heading, h.end(), end)
          .or(() -> Optional.of(readBlock(heading, h.end(), end)));
    }
    return generatedMarker().or(() -> leadingLinkList(headings));
  }

  private int nextHeadingStart(List<Heading> headings, Heading h) {
    return headings.stream()
        .filter(o -> o.start() > h.start())
        .mapToInt(Heading::start)
        .findFirst()
        .orElse(document.text().length());
  }

  /**
   * The table between a start marker and the next end marker; a start marker alone is a place where
   * a tool will write one: generated, nothing to check. The TOC heading is its heading when the
   * markers stand under it.
   */
  private Optional<Toc> betweenMarkers(List<Heading> headings, Optional<Heading> heading) {
    int from = -1;
    for (Node block : document.nodes().blocks()) {
      if (!(block instanceof HtmlBlock)) {
        continue;
      }
      int blockStart = Document.startOffset(block);
      Matcher m = MARKER.matcher(document.source(block));
      while (m.find()) {
        boolean start = m.group(1) != null;
        if (from < 0 && start) {
          from = blockStart + m.end();
        } else if (from >= 0 && !start) {
          return Optional.of(readMarked(headings, heading, from, blockStart + m.start()));
        }
      }
    }
    return from < 0
        ? Optional.empty()
        : Optional.of(new Toc(Optional.empty(), from, from, List.of(), true, from, from, false));
  }

  private Toc readMarked(List<Heading> headings, Optional<Heading> heading, int from, int to) {
    Optional<Heading> over =
        heading.filter(h -> h.end() <= from && nextHeadingStart(headings, h) >= to);
    return readBlock(over, from, to);
  }

  /** A {@code [TOC]} paragraph anywhere: a table the renderer generates. */
  private Optional<Toc> generatedMarker() {
    for (Node block : document.nodes().blocks()) {
      if (isGeneratedMarker(block)) {
        int start = Document.startOffset(block);
        int end = Document.endOffset(block);
        return Optional.of(new Toc(Optional.empty(), start, end, List.of(), true, end, end, false));
      }
    }
    return Optional.empty();
  }

  private Optional<Toc> leadingLinkList(List<Heading> headings) {
    int firstSection = headings.size() > 1 ? headings.get(1).start() : document.text().length();
    for (Node block : document.nodes().blocks()) {
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
              new Toc(
                  Optional.empty(), start, end, entries, false, lineStartOf(start), end, false));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The table in {@code [from, to)}: its first list and the lists after it up to other content
   * (HTML comments between lists do not count); a {@code [TOC]} paragraph before them marks it
   * generated.
   */
  private Toc readBlock(Optional<Heading> heading, int from, int to) {
    List<TocEntry> entries = new ArrayList<>();
    boolean generated = false;
    int blockEnd = from;
    int listStart = -1;
    int listEnd = -1;
    for (Node block : document.nodes().blocks()) {
      int start = Document.startOffset(block);
      if (start < from) {
        continue;
      }
      if (start >= to || Document.endOffset(block) > to) {
        break; // a list that holds the next heading is that heading's, not the table's
      }
      if (block instanceof ListBlock list) {
        collect(list, 1, entries);
        listStart = listStart < 0 ? lineStartOf(start) : listStart;
        listEnd = Document.endOffset(block);
      } else if (listStart >= 0 && !isComment(block)) {
        break;
      } else if (isGeneratedMarker(block)) {
        generated = true;
      }
      blockEnd = Document.endOffset(block);
    }
    return listStart < 0
        ? new Toc(heading, from, blockEnd, entries, generated, blockEnd, blockEnd, false)
        : new Toc(heading, from, blockEnd, entries, generated, listStart, listEnd, false);
  }

  /**
   * A table of contents written as a table ({@code | No. | Questions |} with a link in each row),
   * when a table comes under its heading before any list: an entry per row that links somewhere,
   * from the cell with the link. Rows without a link (a group label such as {@code | | **Core** |})
   * name no heading and are skipped.
   */
  private Optional<Toc> readTable(Optional<Heading> heading, int from, int to) {
    for (Node block : document.nodes().blocks()) {
      int start = Document.startOffset(block);
      if (start < from) {
        continue;
      }
      if (start >= to || Document.endOffset(block) > to || block instanceof ListBlock) {
        return Optional.empty();
      }
      if (!(block instanceof TableBlock table)) {
        continue;
      }
      List<TocEntry> entries = new ArrayList<>();
      for (Node row : document.nodes().of(TableRow.class)) {
        if (row.getParent() instanceof TableBody && row.getParent().getParent() == table) {
          linkCell(row).ifPresent(cell -> entries.add(rowEntry(cell)));
        }
      }
      int end = Document.endOffset(block);
      return entries.isEmpty()
          ? Optional.empty()
          : Optional.of(new Toc(heading, from, end, entries, false, lineStartOf(start), end, true));
    }
    return Optional.empty();
  }

  /** The first cell of a row that holds a link, and that link's destination. */
  private static Optional<TableCell> linkCell(Node row) {
    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
      if (cell instanceof TableCell tableCell && firstLink(tableCell).isPresent()) {
        return Optional.of(tableCell);
      }
    }
    return Optional.empty();
  }

  /** An entry for a cell that holds a link: its text, without the cell's padding. */
  private TocEntry rowEntry(TableCell cell) {
    int start = Document.startOffset(cell.getFirstChild());
    return new TocEntry(
        1,
        TextContent.of(cell).strip(),
        firstLink(cell),
        document.line(start),
        start,
        Document.endOffset(cell.getLastChild()),
        "|",
        "");
  }

  /** The destination of the first link among a node's children, inside emphasis too. */
  private static Optional<String> firstLink(Node parent) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Link link) {
        return Optional.of(link.getDestination());
      }
      Optional<String> inner = firstLink(child);
      if (inner.isPresent()) {
        return inner;
      }
    }
    return Optional.empty();
  }

  private boolean isComment(Node block) {
    return block instanceof HtmlBlock
        && HtmlScanner.withoutComments(document.source(block)).isBlank();
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

  /** A paragraph written as {@code [TOC]}, {@code [[_TOC_]]} and the like, read as written. */
  private boolean isGeneratedMarker(Node block) {
    if (!(block instanceof Paragraph)
        || Document.endOffset(block) - Document.startOffset(block) > GENERATED_MARKER_MAX) {
      return false;
    }
    String t = document.source(block).strip().toUpperCase(Locale.ROOT);
    return t.equals("[TOC]") || t.equals("[[TOC]]") || t.equals("[[_TOC_]]") || t.equals("${TOC}");
  }

  /**
   * Stripped, runs of whitespace as one space, lower case, Chinese in simplified characters ({@code
   * 目錄} is {@code 目录}); no regex, as it runs per heading.
   */
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
    return ChineseScript.simplified(out.toString().toLowerCase(Locale.ROOT));
  }
}
