package io.github.qbanklint.core.document;

import java.util.List;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * commonmark's inline parser with GFM autolinks ({@link PrefilteredAutolinks}), except for blocks
 * whose inline content is longer than a limit: those are kept as one {@link UnparsedText}.
 * commonmark-java 0.32 is quadratic on long runs of emphasis mixed with links ({@code
 * processDelimiters} walks the whole delimiter stack at every link whose text holds no delimiter),
 * so a 10 MB paragraph would take hours; a limit per block keeps every block's cost bounded while
 * the rest of the document is parsed as usual.
 */
final class LengthGuardedInlineParser implements InlineParser {
  private final InlineParser delegate;
  private final int limit;
  private final PlainInlines plain;

  private LengthGuardedInlineParser(InlineParserContext context, int limit, boolean plainDirectly) {
    // The default parser is only reachable through its internal class: commonmark offers no
    // public way to wrap it.
    this.delegate = new InlineParserImpl(context);
    this.limit = limit;
    this.plain = plainDirectly ? new PlainInlines(context) : null;
  }

  /**
   * @param plainDirectly whether blocks without a special character are built by {@link
   *     PlainInlines} (false only to compare with commonmark's own result)
   */
  static InlineParserFactory factory(int limit, boolean plainDirectly) {
    return context -> new LengthGuardedInlineParser(context, limit, plainDirectly);
  }

  @Override
  public void parse(SourceLines lines, Node block) {
    int length = 0;
    for (SourceLine line : lines.getLines()) {
      length += line.getContent().length();
    }
    if (length <= limit) {
      if (plain == null || !plain.appendTo(lines, block)) {
        delegate.parse(lines, block);
      }
      PrefilteredAutolinks.linkIn(block);
      return;
    }
    List<SourceSpan> spans = lines.getSourceSpans();
    int start = spans.isEmpty() ? Document.startOffset(block) : spans.get(0).getInputIndex();
    SourceSpan last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
    int end = last == null ? Document.endOffset(block) : last.getInputIndex() + last.getLength();
    block.appendChild(new UnparsedText(lines.getContent(), start, end, length, limit));
  }
}
