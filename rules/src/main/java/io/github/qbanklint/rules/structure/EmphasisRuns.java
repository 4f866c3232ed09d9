package io.github.qbanklint.rules.structure;

import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.DollarMath;
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

  /** A run at {@code [start, end)} of the text. */
  record Run(int start, int end, char marker) {}

  /** Two runs of one marker that were written as one bold span. */
  record Pair(Run open, Run close) {}

  /** The runs of one block in source order, and the ranges rendered as strong emphasis. */
  record BlockRuns(Node block, List<Run> runs, Set<List<Integer>> strongRanges) {
    boolean rendersStrong(int start, int end) {
      return strongRanges.contains(List.of(start, end));
    }

    /** The runs of {@code marker} paired in writing order: the first with the second, and so on. */
    List<Pair> pairs(char marker) {
      List<Pair> pairs = new ArrayList<>();
      Run open = null;
      for (Run run : runs) {
        if (run.marker() != marker) {
          continue;
        }
        if (open == null) {
          open = run;
        } else {
          pairs.add(new Pair(open, run));
          open = null;
        }
      }
      return pairs;
    }

    /**
     * The same block without the runs that are not Markdown: those inside {@code $…$} math, and
     * powers ({@code 2**10}, {@code x**2}: after a letter or digit, before a digit).
     */
    BlockRuns withoutFormulaRuns(Document document) {
      List<int[]> math = mathSpans(document, block);
      String text = document.text();
      List<Run> kept =
          runs.stream()
              .filter(r -> math.stream().noneMatch(m -> m[0] <= r.start() && r.end() <= m[1]))
              .filter(r -> !isPower(text, r))
              .toList();
      return new BlockRuns(block, kept, strongRanges);
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
          add(node, new Run(from + m.start(), from + m.end(), text.charAt(from + m.start())));
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
      add(strong, new Run(start, start + delimiter.length(), marker));
      add(strong, new Run(end - delimiter.length(), end, marker));
      blockRuns(strong).strongRanges().add(List.of(start, end));
    }
    visitChildren(strong);
  }

  private void add(Node node, Run run) {
    blockRuns(node).runs().add(run);
  }

  private BlockRuns blockRuns(Node node) {
    return byBlock.computeIfAbsent(
        blockOf(node), b -> new BlockRuns(b, new ArrayList<>(), new HashSet<>()));
  }

  private static Node blockOf(Node node) {
    Node n = node.getParent();
    while (n != null && !(n instanceof Block)) {
      n = n.getParent();
    }
    return n;
  }

  private static boolean isPower(String text, Run run) {
    return run.marker() == '*'
        && run.start() > 0
        && run.end() < text.length()
        && isAsciiLetterOrDigit(text.charAt(run.start() - 1))
        && text.charAt(run.end()) >= '0'
        && text.charAt(run.end()) <= '9';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }

  /**
   * The {@code $…$} spans of a block, as offsets into the document; dollars in code do not count.
   */
  private static List<int[]> mathSpans(Document document, Node block) {
    int start = Document.startOffset(block);
    int end = Document.endOffset(block);
    if (start < 0 || end <= start) {
      return List.of();
    }
    boolean[] inText = new boolean[end - start];
    block.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text node) {
            for (SourceSpan span : node.getSourceSpans()) {
              int from = span.getInputIndex() - start;
              int to = Math.min(inText.length, from + span.getLength());
              for (int i = Math.max(0, from); i < to; i++) {
                inText[i] = true;
              }
            }
          }
        });
    List<int[]> spans = new ArrayList<>();
    for (int[] span : DollarMath.spans(document.text().substring(start, end), inText)) {
      spans.add(new int[] {start + span[0], start + span[1]});
    }
    return spans;
  }
}
