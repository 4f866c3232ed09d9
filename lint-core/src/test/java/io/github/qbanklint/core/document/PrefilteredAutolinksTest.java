package io.github.qbanklint.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class PrefilteredAutolinksTest {
  /** MarkdownParser's extensions, with commonmark's own autolinks. */
  private static final Parser WITH_THE_EXTENSION =
      Parser.builder()
          .extensions(
              List.of(
                  TablesExtension.create(),
                  StrikethroughExtension.create(),
                  AutolinkExtension.create(),
                  YamlFrontMatterExtension.create(),
                  TaskListItemsExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  /** MarkdownParser's parser, with no block left unparsed. */
  private static final Parser OURS = MarkdownParser.parser(Integer.MAX_VALUE, true);

  private static final String CASES =
      String.join(
          "\n\n",
          "See https://example.com/a?b=c and http://x.y/z.",
          "Mail me: someone@example.org, or visit www.example.com/path.",
          "UPPER WWW.EXAMPLE.COM and Www.Example.com and awww.x.com",
          "[a link https://inside.example](https://target.example) stays one link",
          "<https://angle.example> and `https://code.example`",
          "中文https://a.example/中文 和 邮箱a@b.cn。",
          "*emphasis www.example.com* and **bold https://b.example**",
          "| a | b |\n|---|---|\n| https://cell.example | x@y.z |",
          "# Heading https://heading.example",
          "no link: time 10:30, ratio a:b, www without dot, .www",
          "- list item with mailto:me@example.com and ftp://old.example",
          "- [ ] task www.task.example\n- [x] done a@b.example",
          "> quoted https://quote.example ~~www.struck.example~~",
          "![alt https://alt.example](img.png) and [![inner www.inner.example](i.png)](https://t.example)",
          "empty trailing text \nnext line www.next.example");

  @Test
  void buildsTheTreeThatTheAutolinkExtensionBuilds() {
    assertThat(dump(OURS.parse(CASES))).isEqualTo(dump(WITH_THE_EXTENSION.parse(CASES)));
  }

  /** Every Markdown fixture of the project and the example bank, node for node. */
  @Test
  void buildsTheExtensionsTreeForEveryFixture() throws IOException {
    List<Path> files;
    try (Stream<Path> all =
        Stream.of("src/test/resources", "../rules/src/test/resources", "../examples")
            .map(Path::of)
            .flatMap(PrefilteredAutolinksTest::walk)) {
      files = all.filter(file -> file.toString().endsWith(".md")).toList();
    }
    assertThat(files).hasSizeGreaterThan(100);
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      assertThat(dump(OURS.parse(text)))
          .as(file.toString())
          .isEqualTo(dump(WITH_THE_EXTENSION.parse(text)));
    }
  }

  private static Stream<Path> walk(Path root) {
    try {
      return Files.walk(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void textWithoutAColonAnAtOrWwwDotIsNotScanned() {
    assertThat(PrefilteredAutolinks.mayHoldLink("什么是哈希表？ plain words.")).isFalse();
    assertThat(PrefilteredAutolinks.mayHoldLink("go to WwW.example")).isTrue();
    assertThat(PrefilteredAutolinks.mayHoldLink("a@b")).isTrue();
    assertThat(PrefilteredAutolinks.mayHoldLink("x: y")).isTrue();
  }

  /** Every node: its type, source spans, and its text or destination. */
  private static List<String> dump(Node root) {
    List<String> out = new ArrayList<>();
    root.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            add(link, link.getDestination());
          }

          @Override
          public void visit(Image image) {
            add(image, image.getDestination());
          }

          @Override
          public void visit(Text text) {
            add(text, text.getLiteral());
          }

          @Override
          protected void visitChildren(Node parent) {
            if (!(parent instanceof Link || parent instanceof Image)) {
              add(parent, "");
            }
            super.visitChildren(parent);
          }

          private void add(Node node, String detail) {
            out.add(node.getClass().getSimpleName() + " " + node.getSourceSpans() + " " + detail);
            if (node instanceof Link || node instanceof Image) {
              super.visitChildren(node);
            }
          }
        });
    return out;
  }
}
