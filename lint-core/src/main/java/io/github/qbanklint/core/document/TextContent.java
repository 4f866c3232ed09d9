package io.github.qbanklint.core.document;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The text a renderer shows for a node: literals and code, without markup, breaks as spaces. */
public final class TextContent extends AbstractVisitor {
  private final StringBuilder out = new StringBuilder();
  private final boolean withImageText;

  private TextContent(boolean withImageText) {
    this.withImageText = withImageText;
  }

  public static String of(Node node) {
    return collect(node, true);
  }

  /**
   * The text of the HTML GitHub renders for a node, which its heading anchors are made from: like
   * {@link #of}, but an image adds nothing (its alt text is an attribute, not text).
   */
  public static String renderedTextOf(Node node) {
    return collect(node, false);
  }

  private static String collect(Node node, boolean withImageText) {
    TextContent collector = new TextContent(withImageText);
    node.accept(collector);
    return collector.out.toString();
  }

  @Override
  public void visit(Image image) {
    if (withImageText) {
      visitChildren(image);
    }
  }

  /** Whether a Markdown image or an inline HTML {@code <img>} lies anywhere below {@code node}. */
  public static boolean hasImage(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Image || hasImage(child)) {
        return true;
      }
      if (child instanceof HtmlInline inline
          && inline.getLiteral().regionMatches(true, 0, "<img", 0, 4)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void visit(Text text) {
    out.append(text.getLiteral());
  }

  @Override
  public void visit(CustomNode node) {
    if (node instanceof UnparsedText unparsed) {
      out.append(unparsed.getLiteral());
    } else {
      visitChildren(node);
    }
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
