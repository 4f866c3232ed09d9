package io.github.qbanklint.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answers that run on right after an HTML heading's {@code </hN>} line: CommonMark keeps them in
 * the heading's HTML block, the document re-parses them as Markdown blocks after a heading-only
 * HTML block, with source positions in the document.
 */
class HtmlRunOnsTest {

  private static List<Node> blocks(Document document) {
    List<Node> blocks = new ArrayList<>();
    for (Node n = document.root().getFirstChild(); n != null; n = n.getNext()) {
      blocks.add(n);
    }
    return blocks;
  }

  private static <T extends Node> T first(Node parent, Class<T> type) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (type.isInstance(n)) {
        return type.cast(n);
      }
      T nested = first(n, type);
      if (nested != null) {
        return nested;
      }
    }
    return null;
  }

  @Test
  void aRunOnAnswerIsParsedAsMarkdownAfterTheHeading() {
    String text =
        "intro\n\n<h2 id=\"x\">x</h2>\nSee **bold**, [a link](https://example.com/a) and $x$.\n\nnext\n";
    Document document = Document.of("t.md", text);
    List<Node> blocks = blocks(document);

    assertThat(blocks)
        .extracting(n -> n.getClass().getSimpleName())
        .containsExactly("Paragraph", "HtmlBlock", "Paragraph", "Paragraph");
    HtmlBlock heading = (HtmlBlock) blocks.get(1);
    assertThat(heading.getLiteral()).isEqualTo("<h2 id=\"x\">x</h2>");
    assertThat(document.source(heading)).isEqualTo("<h2 id=\"x\">x</h2>");

    Paragraph answer = (Paragraph) blocks.get(2);
    int answerStart = text.indexOf("See");
    assertThat(Document.startOffset(answer)).isEqualTo(answerStart);
    assertThat(document.line(answerStart)).isEqualTo(4);
    assertThat(document.column(answerStart)).isEqualTo(1);
    assertThat(document.source(answer))
        .isEqualTo("See **bold**, [a link](https://example.com/a) and $x$.");
    assertThat(TextContent.of(first(answer, StrongEmphasis.class))).isEqualTo("bold");
    Link link = first(answer, Link.class);
    assertThat(link.getDestination()).isEqualTo("https://example.com/a");
    int linkStart = text.indexOf("[a link]");
    assertThat(Document.startOffset(link)).isEqualTo(linkStart);
    assertThat(document.source(link)).isEqualTo("[a link](https://example.com/a)");
    assertThat(document.column(linkStart)).isEqualTo(15);
    Text math = (Text) link.getNext();
    assertThat(math.getLiteral()).isEqualTo(" and $x$.");
    assertThat(document.source(math)).isEqualTo(" and $x$.");

    assertThat(document.htmlRunOns()).containsExactly(answerStart);
    assertThat(document.links())
        .filteredOn(l -> l.destination().equals("https://example.com/a"))
        .singleElement()
        .satisfies(l -> assertThat(l.start()).isEqualTo(linkStart));
    assertThat(document.headings())
        .singleElement()
        .satisfies(h -> assertThat(h.line()).isEqualTo(3))
        .satisfies(h -> assertThat(h.text()).isEqualTo("x"));
    assertThat(document.line(Document.startOffset(blocks.get(3)))).isEqualTo(6);
  }

  /** A link on the run-on's second line, after a tab and an astral character, per line ending. */
  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void positionsOfReParsedNodesPointIntoTheDocument(String eol) {
    String text =
        String.join(
            eol,
            "# Bank",
            "",
            "<h2 id=\"q1\">1. 什么是X</h2>",
            "第一行 **粗体**",
            "x\t😀 [链接](https://example.com/b) 后文",
            "",
            "after",
            "");
    Document document = Document.of("t.md", text);
    List<Node> blocks = blocks(document);
    assertThat(blocks)
        .extracting(n -> n.getClass().getSimpleName())
        .containsExactly("Heading", "HtmlBlock", "Paragraph", "Paragraph");
    assertThat(((HtmlBlock) blocks.get(1)).getLiteral()).isEqualTo("<h2 id=\"q1\">1. 什么是X</h2>");

    Paragraph answer = (Paragraph) blocks.get(2);
    int answerStart = text.indexOf("第一行");
    assertThat(Document.startOffset(answer)).isEqualTo(answerStart);
    assertThat(document.line(answerStart)).isEqualTo(4);
    assertThat(document.column(answerStart)).isEqualTo(1);
    assertThat(Document.endOffset(answer)).isEqualTo(text.indexOf(" 后文") + " 后文".length());

    Link link = first(answer, Link.class);
    int linkStart = text.indexOf("[链接]");
    assertThat(Document.startOffset(link)).isEqualTo(linkStart);
    assertThat(document.source(link)).isEqualTo("[链接](https://example.com/b)");
    assertThat(document.line(linkStart)).isEqualTo(5);
    // x, tab, the astral 😀 (one column, two UTF-16 units) and a space come first.
    assertThat(document.column(linkStart)).isEqualTo(5);
    assertThat(link.getSourceSpans().get(0).getLineIndex()).isEqualTo(4);

    StrongEmphasis bold = first(answer, StrongEmphasis.class);
    assertThat(document.source(bold)).isEqualTo("**粗体**");
    assertThat(document.line(Document.startOffset(bold))).isEqualTo(4);
    assertThat(document.column(Document.startOffset(bold))).isEqualTo(5);

    assertThat(document.htmlRunOns()).containsExactly(answerStart);
    assertThat(document.line(Document.startOffset(blocks.get(3)))).isEqualTo(7);
  }

  @Test
  void noSplitWhenABlankLineFollowsTheHeading() {
    String text = "<h2 id=\"x\">x</h2>\n\ntext\n";
    Document document = Document.of("t.md", text);
    assertThat(document.htmlRunOns()).isEmpty();
    List<Node> blocks = blocks(document);
    assertThat(((HtmlBlock) blocks.get(0)).getLiteral()).isEqualTo("<h2 id=\"x\">x</h2>");
    assertThat(document.line(Document.startOffset(blocks.get(1)))).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<p>intro</p>\n<h2>x</h2>\ntext **b**\n",
        "<div>\n<h2>x</h2>\ntext **b**\n</div>\n",
        "<details><summary>Answer</summary>\ntext **b**\n"
      })
  void noSplitWhenTheBlockDoesNotStartWithAHeading(String text) {
    Document document = Document.of("t.md", text);
    assertThat(document.htmlRunOns()).isEmpty();
    assertThat(blocks(document)).singleElement().isInstanceOf(HtmlBlock.class);
    assertThat(((HtmlBlock) blocks(document).get(0)).getLiteral()).isEqualTo(text.stripTrailing());
  }

  @Test
  void noSplitInsideAListItemOrABlockQuote() {
    String text = "- <h2>x</h2>\n  text **b**\n\n> <h2>y</h2>\n> text **c**\n";
    Document document = Document.of("t.md", text);
    assertThat(document.htmlRunOns()).isEmpty();
    List<Node> blocks = blocks(document);
    assertThat(blocks.get(0)).isInstanceOf(BulletList.class);
    assertThat(first(blocks.get(0), HtmlBlock.class).getLiteral())
        .isEqualTo("<h2>x</h2>\ntext **b**");
    assertThat(blocks.get(1)).isInstanceOf(BlockQuote.class);
    assertThat(first(blocks.get(1), HtmlBlock.class).getLiteral())
        .isEqualTo("<h2>y</h2>\ntext **c**");
  }

  @Test
  void aNestedRunOnSplitsAtEveryHeading() {
    String text = "<h2>a</h2>\ntext **a**\n<h3>b</h3>\ntext [b](https://example.com/b)\n";
    Document document = Document.of("t.md", text);
    List<Node> blocks = blocks(document);
    assertThat(blocks)
        .extracting(n -> n.getClass().getSimpleName())
        .containsExactly("HtmlBlock", "Paragraph", "HtmlBlock", "Paragraph");
    assertThat(((HtmlBlock) blocks.get(0)).getLiteral()).isEqualTo("<h2>a</h2>");
    assertThat(((HtmlBlock) blocks.get(2)).getLiteral()).isEqualTo("<h3>b</h3>");
    assertThat(document.source(blocks.get(1))).isEqualTo("text **a**");
    assertThat(document.source(blocks.get(3))).isEqualTo("text [b](https://example.com/b)");
    assertThat(document.line(Document.startOffset(blocks.get(2)))).isEqualTo(3);
    assertThat(document.line(Document.startOffset(blocks.get(3)))).isEqualTo(4);
    assertThat(document.htmlRunOns())
        .containsExactly(text.indexOf("text **a**"), text.indexOf("text [b]"));
    assertThat(document.headings())
        .extracting(Heading::level, Heading::text, Heading::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "a", 1),
            org.assertj.core.groups.Tuple.tuple(3, "b", 3));
    Link link = first(blocks.get(3), Link.class);
    assertThat(Document.startOffset(link)).isEqualTo(text.indexOf("[b]"));
    assertThat(document.column(Document.startOffset(link))).isEqualTo(6);
  }

  @Test
  void aRunOnListIsAList() {
    String text = "<h2>x</h2>\n- one\n- [two](https://example.com/d)\n";
    Document document = Document.of("t.md", text);
    List<Node> blocks = blocks(document);
    assertThat(blocks)
        .extracting(n -> n.getClass().getSimpleName())
        .containsExactly("HtmlBlock", "BulletList");
    assertThat(document.line(Document.startOffset(blocks.get(1)))).isEqualTo(2);
    Link link = first(blocks.get(1), Link.class);
    assertThat(document.line(Document.startOffset(link))).isEqualTo(3);
    assertThat(document.column(Document.startOffset(link))).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<h2 id=\"x\">x <!-- </h2> --> y</h2>\n",
        "<h2 id=\"x\">x</h2><!-- anchor -->\n",
        "<h2 id=\"x\">\n<!-- a\nb -->\nx</h2>\n"
      })
  void aCommentInTheHeadingBlockStaysWithTheHeading(String heading) {
    String text = heading + "text [l](https://example.com/c)\n\nafter\n";
    Document document = Document.of("t.md", text);
    List<Node> blocks = blocks(document);
    assertThat(blocks)
        .extracting(n -> n.getClass().getSimpleName())
        .containsExactly("HtmlBlock", "Paragraph", "Paragraph");
    assertThat(((HtmlBlock) blocks.get(0)).getLiteral()).isEqualTo(heading.stripTrailing());
    int answerStart = heading.length();
    assertThat(Document.startOffset(blocks.get(1))).isEqualTo(answerStart);
    assertThat(document.source(blocks.get(1))).isEqualTo("text [l](https://example.com/c)");
    assertThat(document.htmlRunOns()).containsExactly(answerStart);
    assertThat(document.line(answerStart)).isEqualTo(heading.split("\n").length + 1);
    assertThat(document.headings())
        .singleElement()
        .satisfies(h -> assertThat(h.line()).isEqualTo(1));
  }
}
