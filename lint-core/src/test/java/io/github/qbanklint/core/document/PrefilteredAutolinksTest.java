package io.github.qbanklint.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class PrefilteredAutolinksTest {
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
          "- list item with mailto:me@example.com and ftp://old.example");

  @Test
  void buildsTheTreeThatTheAutolinkExtensionBuilds() throws IOException {
    Path bank = Path.of("../examples/interview-bank/README.md");
    for (String text : List.of(CASES, Files.readString(bank))) {
      assertThat(dump(parse(text, PrefilteredAutolinks.create())))
          .isEqualTo(dump(parse(text, AutolinkExtension.create())));
    }
  }

  @Test
  void textWithoutAColonAnAtOrWwwDotIsNotScanned() {
    assertThat(PrefilteredAutolinks.mayHoldLink("什么是哈希表？ plain words.")).isFalse();
    assertThat(PrefilteredAutolinks.mayHoldLink("go to WwW.example")).isTrue();
    assertThat(PrefilteredAutolinks.mayHoldLink("a@b")).isTrue();
    assertThat(PrefilteredAutolinks.mayHoldLink("x: y")).isTrue();
  }

  private static Node parse(String text, Extension autolinks) {
    return Parser.builder()
        .extensions(List.of(TablesExtension.create(), autolinks))
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
        .build()
        .parse(text);
  }

  private static List<String> dump(Node root) {
    Stream.Builder<String> out = Stream.builder();
    root.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            out.add("link " + link.getDestination() + " " + link.getSourceSpans());
            visitChildren(link);
          }

          @Override
          public void visit(Text text) {
            out.add("text " + text.getLiteral() + " " + text.getSourceSpans());
          }
        });
    return out.build().toList();
  }
}
