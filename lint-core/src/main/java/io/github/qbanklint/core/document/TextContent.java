package io.github.qbanklint.core.document;

import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The text a renderer shows for a node: literals and code, without markup, breaks as spaces. */
public final class TextContent {
  private TextContent() {}

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

  /**
   * Reads the node and the nodes below it in document order, without a visitor or recursion (this
   * runs for every heading, link and answer block); most nodes hold one piece of text, returned as
   * it is.
   */
  private static String collect(Node node, boolean withImageText) {
    String first = "";
    StringBuilder out = null;
    Node n = node;
    while (true) {
      String piece = piece(n);
      if (piece != null) {
        if (out != null) {
          out.append(piece);
        } else if (first.isEmpty()) {
          first = piece;
        } else {
          out = new StringBuilder(first.length() + piece.length() + 16).append(first).append(piece);
        }
      } else if ((withImageText || !(n instanceof Image)) && n.getFirstChild() != null) {
        n = n.getFirstChild();
        continue;
      }
      while (n != node && n.getNext() == null) {
        n = n.getParent();
      }
      if (n == node) {
        return out == null ? first : out.toString();
      }
      n = n.getNext();
    }
  }

  /** The text a node adds itself, or null when its text is that of the nodes below it. */
  private static String piece(Node node) {
    if (node instanceof Text text) {
      return text.getLiteral();
    }
    if (node instanceof Code code) {
      return code.getLiteral();
    }
    if (node instanceof UnparsedText unparsed) {
      return unparsed.getLiteral();
    }
    return node instanceof SoftLineBreak || node instanceof HardLineBreak ? " " : null;
  }

  /** Whether a Markdown image or an inline HTML {@code <img>} lies anywhere below {@code node}. */
  public static boolean hasImage(Node node) {
    return hasImageFrom(node.getFirstChild());
  }

  /** Whether an image lies in {@code first}, its siblings after it, or anywhere below them. */
  public static boolean hasImageFrom(Node first) {
    for (Node n = first; n != null; n = n.getNext()) {
      if (n instanceof Image || hasImage(n)) {
        return true;
      }
      if (n instanceof HtmlInline inline
          && inline.getLiteral().regionMatches(true, 0, "<img", 0, 4)) {
        return true;
      }
    }
    return false;
  }
}
