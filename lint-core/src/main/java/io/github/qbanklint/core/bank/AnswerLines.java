package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.TextContent;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/**
 * The lines of a question's paragraph below the question, where its answer starts: {@code **Q1:
 * What is the JVM?**}, then {@code A: The Java Virtual Machine …} on the next line. It stands first
 * among the answer's blocks but is not in the document's tree: its inline nodes stay children of
 * the paragraph, from {@link #first()} to the paragraph's end, and its source spans cover them.
 */
public final class AnswerLines extends CustomBlock {
  private final Paragraph paragraph;
  private final Node first;

  AnswerLines(Paragraph paragraph, Node first) {
    this.paragraph = paragraph;
    this.first = first;
    setSourceSpans(spansFrom(paragraph, Document.startOffset(first)));
  }

  /** The paragraph that holds the question and these lines. */
  public Paragraph paragraph() {
    return paragraph;
  }

  /** The first inline node of the answer; its siblings after it are the rest. */
  public Node first() {
    return first;
  }

  /** The inline nodes, in order. */
  public List<Node> inlines() {
    List<Node> inlines = new ArrayList<>();
    for (Node n = first; n != null; n = n.getNext()) {
      inlines.add(n);
    }
    return inlines;
  }

  /** The text a reader sees in the lines, line breaks as spaces (see {@link TextContent#of}). */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (Node n = first; n != null; n = n.getNext()) {
      text.append(TextContent.of(n));
    }
    return text.toString();
  }

  private static List<SourceSpan> spansFrom(Paragraph paragraph, int from) {
    List<SourceSpan> spans = new ArrayList<>();
    for (SourceSpan span : paragraph.getSourceSpans()) {
      int start = span.getInputIndex();
      if (start + span.getLength() > from) {
        spans.add(start >= from ? span : span.subSpan(from - start));
      }
    }
    return spans;
  }
}
