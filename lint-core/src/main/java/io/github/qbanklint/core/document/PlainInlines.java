package io.github.qbanklint.core.document;

import java.util.BitSet;
import java.util.List;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.delimiter.DelimiterProcessor;

/**
 * What commonmark's inline parser makes of a block in which no character is special to it: a text
 * node per line, spanning the line, without the line's trailing spaces (two or more make the line
 * break that follows a hard one), the last line without its trailing spaces and tabs. Most lines of
 * a bank are plain prose, and commonmark's parser costs per block (a scanner, content parsers,
 * source lines) several times what such a line's text does, so these are built directly.
 * PlainInlinesTest holds this to commonmark's own output, character by character.
 */
final class PlainInlines {
  /** commonmark's own: emphasis, escapes, code, entities, autolinks and HTML, links, breaks. */
  private static final String CORE_SPECIAL = "*_\\`&<[]!\n";

  private final BitSet special = new BitSet();

  PlainInlines(InlineParserContext context) {
    CORE_SPECIAL.chars().forEach(special::set);
    for (DelimiterProcessor processor : context.getCustomDelimiterProcessors()) {
      special.set(processor.getOpeningCharacter());
      special.set(processor.getClosingCharacter());
    }
    context
        .getCustomInlineContentParserFactories()
        .forEach(factory -> factory.getTriggerCharacters().forEach(special::set));
    context.getCustomLinkMarkers().forEach(special::set);
  }

  /**
   * Appends the inline nodes of {@code lines} to {@code block} when every line is plain; otherwise
   * appends nothing and returns false.
   */
  boolean appendTo(SourceLines lines, Node block) {
    List<SourceLine> all = lines.getLines();
    if (all.isEmpty()) {
      return false;
    }
    int[] ends = new int[all.size()];
    for (int i = 0; i < all.size(); i++) {
      ends[i] = plainEnd(all.get(i), i == all.size() - 1);
      if (ends[i] <= 0) {
        return false;
      }
    }
    for (int i = 0; i < all.size(); i++) {
      SourceLine line = all.get(i);
      Text text = new Text(line.getContent().subSequence(0, ends[i]).toString());
      text.setSourceSpans(List.of(line.getSourceSpan()));
      block.appendChild(text);
      if (i < all.size() - 1) {
        int trailingSpaces = line.getContent().length() - ends[i];
        block.appendChild(trailingSpaces >= 2 ? new HardLineBreak() : new SoftLineBreak());
      }
    }
    return true;
  }

  /**
   * Where the line's text ends once its trailing spaces (and, on the last line, tabs) are left out;
   * 0 when nothing is left, -1 when the line holds a special character or has no source span.
   */
  private int plainEnd(SourceLine line, boolean last) {
    CharSequence content = line.getContent();
    if (line.getSourceSpan() == null) {
      return -1;
    }
    int end = 0;
    for (int k = 0; k < content.length(); k++) {
      char c = content.charAt(k);
      if (special.get(c)) {
        return -1;
      }
      if (c != ' ' && (c != '\t' || !last)) {
        end = k + 1;
      }
    }
    return end;
  }
}
