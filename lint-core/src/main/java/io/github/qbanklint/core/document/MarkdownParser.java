package io.github.qbanklint.core.document;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.Extension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The one commonmark parser configuration: GFM extensions, source spans on every node, and a limit
 * on the inline content of one block (see {@link LengthGuardedInlineParser}).
 */
public final class MarkdownParser {
  /** Inline content longer than this in one paragraph, heading or table cell is not parsed. */
  public static final int DEFAULT_MAX_INLINE_CHARS = 50_000;

  /**
   * How many blocks may be open at once (nested list items count two: the list and the item).
   * commonmark scans a line's remaining indentation once per open block, so a deeply nested, deeply
   * indented list costs (open blocks × indentation) per line: 3,000 nested items took 3 s to parse
   * at commonmark's default of 100, 1 s at 32. Sixteen levels of list nesting is far beyond any
   * real document; deeper lines are read as text of the deepest open block.
   */
  static final int MAX_OPEN_BLOCKS = 32;

  private static final List<Extension> EXTENSIONS =
      List.of(
          TablesExtension.create(),
          StrikethroughExtension.create(),
          YamlFrontMatterExtension.create(),
          TaskListItemsExtension.create());

  private MarkdownParser() {}

  /**
   * One parser per inline limit, shared: commonmark parsers are immutable and thread-safe, and
   * building one costs more than parsing a short snippet.
   */
  private static final Map<Integer, Parser> PARSERS = new ConcurrentHashMap<>();

  /**
   * Parses {@code text}; blocks over the limit hold one {@link UnparsedText} (see {@link
   * Document#unparsedInlines()}).
   */
  public static Node parse(String text, int maxInlineChars) {
    return PARSERS.computeIfAbsent(maxInlineChars, limit -> parser(limit, true)).parse(text);
  }

  /**
   * The parser, with plain blocks built by {@link PlainInlines} or, for the test that compares the
   * two, all by commonmark.
   */
  static Parser parser(int maxInlineChars, boolean plainDirectly) {
    return Parser.builder()
        .extensions(EXTENSIONS)
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
        .maxOpenBlockParsers(MAX_OPEN_BLOCKS)
        .inlineParserFactory(LengthGuardedInlineParser.factory(maxInlineChars, plainDirectly))
        .build();
  }
}
