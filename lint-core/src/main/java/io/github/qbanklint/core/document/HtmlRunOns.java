package io.github.qbanklint.core.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Answers written on the line right after an HTML heading ({@code </h2>} then text, no blank line).
 * CommonMark keeps such text inside the heading's HTML block, where GitHub shows it without
 * rendering its Markdown. The text is parsed once more as Markdown and its blocks are put after a
 * heading-only HTML block, with source positions in the document, so that the bank model sees the
 * answer and every rule checks its links, images and math where they stand.
 */
final class HtmlRunOns {
  /** An HTML heading at the start of a block, to the end of the line that closes it. */
  private static final Pattern LEADING_HEADING =
      Pattern.compile(
          "^[ \\t]*<h([1-6])(?:\\s[^>]*)?>.*?</h\\1\\s*>[ \\t]*(?:\\r\\n|\\n|\\r)",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private HtmlRunOns() {}

  /**
   * Splits every top-level HTML block that starts with a heading and runs on into Markdown; returns
   * the offsets where the run-on text starts, in document order.
   */
  static List<Integer> split(Node root, String text, LineIndex lines, int maxInlineChars) {
    List<Integer> starts = new ArrayList<>();
    Node block = root.getFirstChild();
    while (block != null) {
      Node next = block.getNext();
      if (block instanceof HtmlBlock html) {
        next = splitBlock(html, text, lines, maxInlineChars, starts, next);
      }
      block = next;
    }
    return List.copyOf(starts);
  }

  /** Splits one block; returns the block to look at next (the first re-parsed one, if any). */
  private static Node splitBlock(
      HtmlBlock html,
      String text,
      LineIndex lines,
      int maxInlineChars,
      List<Integer> starts,
      Node next) {
    int blockStart = Document.startOffset(html);
    int blockEnd = Document.endOffset(html);
    if (blockStart < 0) {
      return next;
    }
    String source = text.substring(blockStart, blockEnd);
    Matcher m = LEADING_HEADING.matcher(HtmlScanner.withoutComments(source));
    if (!m.lookingAt() || source.substring(m.end()).isBlank()) {
      return next;
    }
    int restStart = blockStart + m.end();
    Node reparsed = MarkdownParser.parse(text.substring(restStart, blockEnd), maxInlineChars);
    reparsed.accept(new Shift(restStart, lines.line(restStart) - 1));
    trim(html, source.substring(0, m.end()).stripTrailing(), blockStart);
    starts.add(restStart);
    Node after = html;
    Node first = null;
    for (Node n = reparsed.getFirstChild(); n != null; ) {
      Node following = n.getNext();
      after.insertAfter(n);
      after = n;
      first = first == null ? n : first;
      n = following;
    }
    return first != null ? first : next;
  }

  /** Makes the HTML block hold the heading alone: its literal and its spans cut at the end. */
  private static void trim(HtmlBlock html, String heading, int start) {
    html.setLiteral(heading);
    int end = start + heading.length();
    List<SourceSpan> spans = new ArrayList<>();
    for (SourceSpan span : html.getSourceSpans()) {
      if (span.getInputIndex() < end) {
        int length = Math.min(span.getLength(), end - span.getInputIndex());
        spans.add(
            SourceSpan.of(
                span.getLineIndex(), span.getColumnIndex(), span.getInputIndex(), length));
      }
    }
    html.setSourceSpans(spans);
  }

  /** Moves every source span of a re-parsed tree to where its text stands in the document. */
  private static final class Shift extends AbstractVisitor {
    private final int offset;
    private final int lineOffset;

    Shift(int offset, int lineOffset) {
      this.offset = offset;
      this.lineOffset = lineOffset;
    }

    @Override
    protected void visitChildren(Node parent) {
      List<SourceSpan> shifted = new ArrayList<>();
      for (SourceSpan span : parent.getSourceSpans()) {
        shifted.add(
            SourceSpan.of(
                span.getLineIndex() + lineOffset,
                span.getColumnIndex(),
                span.getInputIndex() + offset,
                span.getLength()));
      }
      parent.setSourceSpans(shifted);
      super.visitChildren(parent);
    }
  }
}
