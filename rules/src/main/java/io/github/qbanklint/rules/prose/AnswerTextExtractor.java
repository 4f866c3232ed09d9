package io.github.qbanklint.rules.prose;

import io.github.qbanklint.core.bank.AnswerLines;
import io.github.qbanklint.core.bank.BankModel;
import io.github.qbanklint.core.bank.Question;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.DollarMath;
import io.github.qbanklint.core.document.TextContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * The answer text of a bank as {@link TextRun}s, one per paragraph under a question: text nodes are
 * checked; code, math, URLs, link targets, images, HTML and headings are markup. Tables and HTML
 * blocks are not paragraphs, so they are not checked either.
 */
final class AnswerTextExtractor {
  /** What LanguageTool reads in place of code, math and bare URLs: a neutral noun. */
  static final String PLACEHOLDER = "X";

  private AnswerTextExtractor() {}

  static List<TextRun> runs(Document document, BankModel bank) {
    List<TextRun> runs = new ArrayList<>();
    for (Question question : bank.questions()) {
      for (Node block : question.answerBlocks()) {
        block.accept(
            new AbstractVisitor() {
              @Override
              public void visit(Heading heading) {
                // Sub-headings are titles, not prose.
              }

              @Override
              public void visit(Paragraph paragraph) {
                addText(paragraph, paragraph.getFirstChild());
              }

              @Override
              public void visit(CustomNode node) {
                if (node instanceof TableCell cell) {
                  addText(cell, cell.getFirstChild());
                }
              }

              @Override
              public void visit(CustomBlock block) {
                if (block instanceof AnswerLines lines) {
                  addText(lines.paragraph(), lines.first());
                }
              }

              private void addText(Node container, Node first) {
                new ParagraphText(document, container, first).run().ifPresent(runs::add);
              }
            });
      }
    }
    return runs;
  }

  /** Classifies every source character of one paragraph as text or markup. */
  private static final class ParagraphText extends AbstractVisitor {
    private final int start;
    private final String source;
    private final boolean[] text;
    private final TreeMap<Integer, String> placeholders = new TreeMap<>();
    private final Node first;

    /** The text of {@code paragraph} (or a table cell) from its inline node {@code first} on. */
    ParagraphText(Document document, Node paragraph, Node first) {
      this.first = first;
      this.start =
          first == paragraph.getFirstChild()
              ? Document.startOffset(paragraph)
              : Document.startOffset(first);
      this.source =
          start < 0 ? "" : document.text().substring(start, Document.endOffset(paragraph));
      this.text = new boolean[source.length()];
    }

    Optional<TextRun> run() {
      for (Node n = first; n != null; n = n.getNext()) {
        n.accept(this);
      }
      for (int[] math : DollarMath.spans(source, text)) {
        java.util.Arrays.fill(text, math[0], math[1], false);
        placeholders.put(math[0], PLACEHOLDER);
      }
      List<TextRun.Part> parts = new ArrayList<>();
      StringBuilder checked = new StringBuilder();
      int from = 0;
      while (from < source.length()) {
        int to = from;
        while (to < source.length() && text[to] == text[from]) {
          to++;
        }
        String slice = source.substring(from, to);
        if (text[from]) {
          parts.add(new TextRun.Part(slice, false, slice));
          checked.append(slice);
        } else {
          parts.add(new TextRun.Part(slice, true, interpretation(from, to)));
        }
        from = to;
      }
      if (checked.codePoints().noneMatch(Character::isLetter)) {
        return Optional.empty();
      }
      return Optional.of(new TextRun(ProseLanguage.of(checked), start, parts));
    }

    /** Markup reads as its placeholders, with a space for each line break. */
    private String interpretation(int from, int to) {
      StringBuilder out = new StringBuilder();
      for (int i = from; i < to; i++) {
        String placeholder = placeholders.get(i);
        if (placeholder != null) {
          out.append(placeholder);
        } else if (source.charAt(i) == '\n') {
          out.append(' ');
        }
      }
      return out.toString();
    }

    @Override
    public void visit(Text node) {
      int s = Document.startOffset(node) - start;
      int e = Document.endOffset(node) - start;
      if (s < 0 || e > source.length()) {
        return;
      }
      alignLiteral(node.getLiteral(), s, e);
    }

    /**
     * Marks the source characters that show up in the literal as text. Backslash escapes are
     * markup; an entity is markup read as the character it stands for.
     */
    private void alignLiteral(String literal, int s, int e) {
      int i = 0;
      int p = s;
      while (i < literal.length() && p < e) {
        char c = source.charAt(p);
        if (c == literal.charAt(i)) {
          text[p++] = true;
          i++;
        } else if (c == '&' && source.indexOf(';', p) > p && source.indexOf(';', p) < e) {
          int length = Character.charCount(literal.codePointAt(i));
          placeholders.put(p, literal.substring(i, i + length));
          i += length;
          p = source.indexOf(';', p) + 1;
        } else {
          p++;
        }
      }
    }

    @Override
    public void visit(Code code) {
      placeholders.put(Document.startOffset(code) - start, PLACEHOLDER);
    }

    @Override
    public void visit(Link link) {
      String shown = TextContent.of(link);
      String target = link.getDestination();
      boolean bareUrl =
          List.of(shown, "http://" + shown, "https://" + shown, "mailto:" + shown).contains(target);
      if (bareUrl) {
        placeholders.put(Document.startOffset(link) - start, PLACEHOLDER);
      } else {
        visitChildren(link);
      }
    }

    @Override
    public void visit(Image image) {
      // Alt text describes a picture; it is not answer prose.
    }
  }
}
