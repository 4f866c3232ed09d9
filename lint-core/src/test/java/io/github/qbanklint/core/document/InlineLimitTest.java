package io.github.qbanklint.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;
import org.junit.jupiter.api.Test;

class InlineLimitTest {
  private static final int LIMIT = 40;

  private static Document parse(String text) {
    return new Document("x.md", new SourceFacts(false, LineEnding.LF, text.length()), text, LIMIT);
  }

  @Test
  void aParagraphOverTheLimitIsKeptAsPlainTextAndRecorded() {
    String longLine = "**bold** [a](#x) `code` $x$ https://example.com ".repeat(2).strip();
    String text = "# Title\n\nshort [b](#y)\n\n" + longLine + "\n\nafter [c](#z)\n";
    Document d = parse(text);

    assertThat(d.unparsedInlines()).hasSize(1);
    UnparsedInline unparsed = d.unparsedInlines().get(0);
    assertThat(unparsed.block()).isInstanceOf(Paragraph.class);
    assertThat(unparsed.start()).isEqualTo(text.indexOf(longLine));
    assertThat(unparsed.end()).isEqualTo(text.indexOf(longLine) + longLine.length());
    assertThat(unparsed.length()).isEqualTo(longLine.length());
    assertThat(unparsed.limit()).isEqualTo(LIMIT);

    UnparsedText only = (UnparsedText) unparsed.block().getFirstChild();
    assertThat(only.getNext()).isNull();
    assertThat(only.getLiteral()).isEqualTo(longLine);
    assertThat(only.getSourceSpans()).isEmpty();
    assertThat(TextContent.of(unparsed.block())).isEqualTo(longLine);
    assertThat(d.links()).extracting(LinkRef::destination).containsExactly("#y", "#z");
  }

  @Test
  void theLengthOfAParagraphCountsAllItsLinesWithoutIndentation() {
    String line = "word ".repeat(5); // 25 characters
    Document twoLines = parse("- " + line + "\n  " + line + "\n");
    Document oneLine = parse("- " + line + "\n");

    assertThat(twoLines.unparsedInlines())
        .singleElement()
        .extracting(UnparsedInline::length)
        .isEqualTo(2 * line.length());
    assertThat(oneLine.unparsedInlines()).isEmpty();
  }

  @Test
  void headingsAndTableCellsHaveTheLimitEach() {
    String long45 = "x".repeat(45);
    String text = "## " + long45 + "\n\n| a | b |\n|---|---|\n| " + long45 + " | [ok](#ok) |\n";
    Document d = parse(text);

    assertThat(d.unparsedInlines())
        .extracting(u -> (Object) u.block().getClass())
        .containsExactly(Heading.class, TableCell.class);
    assertThat(d.headings()).singleElement().extracting(h -> h.text()).isEqualTo(long45);
    assertThat(d.links()).extracting(LinkRef::destination).containsExactly("#ok");
  }

  @Test
  void aDocumentWithinTheLimitIsParsedAsUsual() {
    Document d = Document.of("x.md", "para **bold** [a](#x)\n");

    assertThat(d.unparsedInlines()).isEmpty();
    assertThat(d.links()).hasSize(1);
  }

  @Test
  void documentsBuiltFromTextHaveNoLimit() {
    assertThat(Document.of("x.md", "word ".repeat(20_000)).unparsedInlines()).isEmpty();
  }

  @Test
  void theLoaderPassesItsLimitOn() {
    byte[] bytes = ("p".repeat(50) + "\n").getBytes(StandardCharsets.UTF_8);
    Document limited =
        ((DocumentLoader.Loaded) new DocumentLoader(1024, LIMIT).decode("a.md", bytes)).document();
    Document byDefault =
        ((DocumentLoader.Loaded) new DocumentLoader(1024).decode("a.md", bytes)).document();

    assertThat(limited.unparsedInlines()).hasSize(1);
    assertThat(byDefault.unparsedInlines()).isEmpty();
  }
}
