package io.github.qbanklint.core.document;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.ext.autolink.internal.AutolinkPostProcessor;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;

/**
 * GFM autolinks ({@code https://…}, {@code www.…}, e-mail addresses), found by commonmark's own
 * autolink post-processor, but only in text that can hold one: it scans every character of every
 * text node, which cost 7% of a whole run, while a link needs a {@code :}, an {@code @} or a {@code
 * www.} that {@link String#indexOf} finds far faster. The nodes it makes are the extension's, so
 * the tree is the one {@code AutolinkExtension} would build.
 */
final class PrefilteredAutolinks implements Parser.ParserExtension, PostProcessor {
  private final AutolinkPostProcessor linker =
      new AutolinkPostProcessor(EnumSet.allOf(AutolinkType.class));

  static Extension create() {
    return new PrefilteredAutolinks();
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessor(this);
  }

  @Override
  public Node process(Node document) {
    List<Text> candidates = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            // Text inside a link is never linked again.
          }

          @Override
          public void visit(Text text) {
            if (mayHoldLink(text.getLiteral())) {
              candidates.add(text);
            }
          }
        });
    candidates.forEach(linker::process);
    return document;
  }

  static boolean mayHoldLink(String text) {
    // The extension drops empty text nodes (a trailing space's): so must this, for the same tree.
    if (text.isEmpty() || text.indexOf(':') >= 0 || text.indexOf('@') >= 0) {
      return true;
    }
    for (int dot = text.indexOf('.', 3); dot >= 0; dot = text.indexOf('.', dot + 1)) {
      if (text.regionMatches(true, dot - 3, "www", 0, 3)) {
        return true;
      }
    }
    return false;
  }
}
