package io.github.qbanklint.rules.structure;

import io.github.qbanklint.core.document.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * The {@code **} and {@code __} delimiter runs of a document's inline text, per block, as the
 * parser saw them: the ones that became strong emphasis (with the exact range each strong node
 * covers) and the ones it left as literal text. Escaped markers ({@code \*\*}) and markers inside
 * code are not runs.
 */
final class EmphasisRuns extends AbstractVisitor {
  private static final Pattern LITERAL_RUN = Pattern.compile("(?<!\\\\)(?:\\*{2,}|_{2,})");

  /** A run at {@code [start, end)} of the text; {@code literal} when it printed as text. */
  record Run(int start, int end, char marker, boolean literal) {}

  /** The runs of one block in source order, and the ranges rendered as strong emphasis. */
  record BlockRuns(List<Run> runs, Set<List<Integer>> strongRanges) {
    boolean hasLiteral() {
      return runs.stream().anyMatch(Run::literal);
    }

    boolean rendersStrong(int start, int end) {
      return strongRanges.contains(List.of(start, end));
    }
  }

  private final String text;
  private final Map<Node, BlockRuns> byBlock = new LinkedHashMap<>();

  private EmphasisRuns(String text) {
    this.text = text;
  }

  /** The runs of each block that has any, in document order. */
  static List<BlockRuns> of(Document document) {
    EmphasisRuns finder = new EmphasisRuns(document.text());
    document.root().accept(finder);
    List<BlockRuns> blocks = new ArrayList<>(finder.byBlock.values());
    blocks.forEach(b -> b.runs().sort(Comparator.comparingInt(Run::start)));
    return blocks;
  }

  @Override
  public void visit(Text node) {
    String literal = node.getLiteral();
    if (literal.contains("**") || literal.contains("__")) {
      for (SourceSpan span : node.getSourceSpans()) {
        int from = span.getInputIndex();
        Matcher m = LITERAL_RUN.matcher(text.substring(from, from + span.getLength()));
        while (m.find()) {
          add(node, new Run(from + m.start(), from + m.end(), text.charAt(from + m.start()), true));
        }
      }
    }
  }

  @Override
  public void visit(StrongEmphasis strong) {
    int start = Document.startOffset(strong);
    int end = Document.endOffset(strong);
    String delimiter = strong.getOpeningDelimiter();
    if (start >= 0
        && delimiter != null
        && end - start >= 2 * delimiter.length()
        && text.startsWith(delimiter, start)
        && text.startsWith(delimiter, end - delimiter.length())) {
      char marker = delimiter.charAt(0);
      add(strong, new Run(start, start + delimiter.length(), marker, false));
      add(strong, new Run(end - delimiter.length(), end, marker, false));
      blockRuns(strong).strongRanges().add(List.of(start, end));
    }
    visitChildren(strong);
  }

  private void add(Node node, Run run) {
    blockRuns(node).runs().add(run);
  }

  private BlockRuns blockRuns(Node node) {
    return byBlock.computeIfAbsent(
        blockOf(node), b -> new BlockRuns(new ArrayList<>(), new HashSet<>()));
  }

  private static Node blockOf(Node node) {
    Node n = node.getParent();
    while (n != null && !(n instanceof Block)) {
      n = n.getParent();
    }
    return n;
  }
}
