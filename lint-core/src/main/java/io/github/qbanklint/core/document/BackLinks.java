package io.github.qbanklint.core.document;

import java.util.List;
import java.util.Set;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Links that take the reader back up the page, {@code **[⬆ Back to Top](#table-of-contents)**} or
 * {@code <a href="#top">↥ 返回顶部</a>} at the end of every answer: navigation, which answers nothing.
 * Such a link goes to an anchor in the same document and says only where it goes (or is only an
 * arrow).
 */
public final class BackLinks {
  /** What a back link may say: its letters and digits, NFKC, lower case. */
  private static final Set<String> PHRASES =
      Set.of(
          "top",
          "totop",
          "backtotop",
          "gototop",
          "returntotop",
          "backtothetop",
          "toc",
          "backtotoc",
          "contents",
          "backtocontents",
          "tableofcontents",
          "backtotableofcontents",
          "backtothetableofcontents",
          "backtoindex",
          "index",
          "顶部",
          "返回顶部",
          "回到顶部",
          "目录",
          "返回目录",
          "回到目录");

  /** The longest phrase with its arrows and spaces, in chars: longer text is not normalised. */
  private static final int LONGEST = 40;

  private BackLinks() {}

  /** Whether the inline nodes from {@code first} on are back links and separators only. */
  public static boolean onlyBackLinks(Node first) {
    boolean found = false;
    for (Node n = first; n != null; n = n.getNext()) {
      if (n instanceof Link link) {
        if (!isBackLink(link.getDestination(), TextContent.of(link))) {
          return false;
        }
        found = true;
      } else if (n instanceof StrongEmphasis || n instanceof Emphasis) {
        if (!onlyBackLinks(n.getFirstChild())) {
          return false;
        }
        found = true;
      } else if (!(n instanceof SoftLineBreak)
          && !(n instanceof Text t && isSeparator(t.getLiteral()))) {
        return false;
      }
    }
    return found;
  }

  /** Whether a piece of HTML is back links only: every link one, and no other visible text. */
  public static boolean onlyBackLinks(String html, String visible) {
    if (!saysWhereItGoes(visible.strip())) {
      return false;
    }
    List<HtmlScanner.UrlAttribute> urls = HtmlScanner.urls(html);
    return !urls.isEmpty() && urls.stream().allMatch(u -> !u.image() && u.value().startsWith("#"));
  }

  /** Whether a link with this destination and text only takes the reader back up the page. */
  public static boolean isBackLink(String destination, String text) {
    return destination.startsWith("#") && saysWhereItGoes(text);
  }

  private static boolean saysWhereItGoes(String text) {
    if (text.length() > LONGEST) {
      return false;
    }
    String letters = TextChars.foldedLetters(text);
    return letters.isEmpty() ? !text.isBlank() : PHRASES.contains(letters);
  }

  /** Whether a text has no letter or digit; a loop, as every answer paragraph's text comes here. */
  private static boolean isSeparator(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }
}
