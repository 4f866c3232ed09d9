package io.github.qbanklint.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Plain blocks built directly ({@link PlainInlines}) give the tree commonmark's own inline parser
 * gives: the same nodes, literals and source spans.
 */
class PlainInlinesTest {
  private static final Parser DIRECT = MarkdownParser.parser(50_000, true);
  private static final Parser COMMONMARK = MarkdownParser.parser(50_000, false);

  @Test
  void everyCharacterInParagraphsHeadingsAndTableCellsGivesCommonmarksTree() {
    for (int c = 0; c <= 0xFFFF; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String x = String.valueOf((char) c);
      String document =
          "a"
              + x
              + "b\nc"
              + x
              + "  \n"
              + x
              + "d \n e"
              + x
              + "\t\n\n# h"
              + x
              + "\n\n"
              + x
              + "\n\n| x"
              + x
              + " | y |\n|---|---|\n| "
              + x
              + " | z"
              + x
              + " |\n";
      assertSameTree(document);
    }
  }

  @Test
  void randomBlocksOfPlainAndMarkedTextGiveCommonmarksTree() {
    String[] pieces = {
      "plain",
      "中文内容",
      "🙂",
      " ",
      "  ",
      "   ",
      "\t",
      "x*y*",
      "`c`",
      "[l](u)",
      "\\",
      "&amp;",
      "<b>",
      "~~s~~",
      "http://x.y",
      "www.a.bc",
      "a@b.cd",
      "_u_",
      "!",
      "]",
      "$x^2$",
      "\u00a0",
      "\u3000"
    };
    String[] starts = {"", " ", "  ", "    ", "\t", "> ", "- ", "1. ", "# ", "| ", "  - ", "="};
    Random random = new Random(20261205);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder document = new StringBuilder();
      for (int line = random.nextInt(6); line >= 0; line--) {
        if (random.nextInt(4) > 0) {
          document.append(starts[random.nextInt(starts.length)]);
        }
        for (int piece = random.nextInt(5); piece >= 0; piece--) {
          document.append(pieces[random.nextInt(pieces.length)]);
        }
        document.append(random.nextInt(8) == 0 ? "\r\n" : random.nextInt(6) == 0 ? "\n\n" : "\n");
      }
      assertSameTree(document.toString());
    }
  }

  private static void assertSameTree(String document) {
    assertThat(tree(DIRECT.parse(document)))
        .as("tree of %s", document.replace("\n", "\\n"))
        .isEqualTo(tree(COMMONMARK.parse(document)));
  }

  /** Each node's type, text and source spans, indented by depth. */
  private static String tree(Node root) {
    StringBuilder out = new StringBuilder();
    append(root, 0, out);
    return out.toString();
  }

  private static void append(Node node, int depth, StringBuilder out) {
    out.append("  ".repeat(depth)).append(node);
    if (node instanceof Text text) {
      out.append(" '").append(text.getLiteral()).append('\'');
    }
    for (SourceSpan span : node.getSourceSpans()) {
      out.append(' ')
          .append(span.getLineIndex())
          .append(':')
          .append(span.getColumnIndex())
          .append('@')
          .append(span.getInputIndex())
          .append('+')
          .append(span.getLength());
    }
    out.append('\n');
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      append(child, depth + 1, out);
    }
  }
}
