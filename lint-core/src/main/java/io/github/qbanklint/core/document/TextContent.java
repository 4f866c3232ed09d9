package io.github.qbanklint.core.document;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The text a renderer shows for a node: literals and code, without markup, breaks as spaces. */
public final class TextContent extends AbstractVisitor {
  private final StringBuilder out = new StringBuilder();

  private TextContent() {}

  public static String of(Node node) {
    TextContent collector = new TextContent();
    node.accept(collector);
    return collector.out.toString();
  }

  @Override
  public void visit(Text text) {
    out.append(text.getLiteral());
  }

  @Override
  public void visit(Code code) {
    out.append(code.getLiteral());
  }

  @Override
  public void visit(SoftLineBreak softLineBreak) {
    out.append(' ');
  }

  @Override
  public void visit(HardLineBreak hardLineBreak) {
    out.append(' ');
  }
}
