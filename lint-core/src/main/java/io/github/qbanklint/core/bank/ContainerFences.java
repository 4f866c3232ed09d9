package io.github.qbanklint.core.bank;

import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The fences of custom containers that documentation sites render as boxes: VuePress's {@code :::
 * details 答案}, Docusaurus's {@code :::tip Answer} or {@code :::tip[Answer]}, Pandoc's {@code :::
 * {.note}}, each closed by a line of colons. CommonMark reads them as text, so a paragraph of an
 * answer may open with such a line and end with the closing one: they say where the box is, not
 * what it holds, and a box with nothing or {@code TODO} inside answers nothing.
 */
final class ContainerFences {
  private static final int FENCE = 3;

  private ContainerFences() {}

  /**
   * The shown text of a paragraph, whose inlines start at {@code first} and show {@code shown}
   * (line breaks as spaces), without an opening fence line first and a closing one last.
   */
  static String withoutFences(Node first, String shown) {
    boolean opens = opens(first);
    if (!opens && !shown.endsWith(":::")) {
      return shown; // most paragraphs: no walk to the last inline
    }
    int start = 0;
    int end = shown.length();
    if (opens) {
      start = Math.min(end, ParagraphLines.lineFrom(first).strip().length() + 1);
    }
    int closing = closingColons(first);
    if (closing > 0) {
      end = Math.max(start, end - closing - 1);
    }
    return shown.substring(start, end);
  }

  /**
   * How many colons the fence that closes a paragraph, whose inlines start at {@code first}, has:
   * its last line, when that is only colons, three or more; 0 when it has none.
   */
  static int closingColons(Node first) {
    Node last = first;
    while (last.getNext() != null) {
      last = last.getNext();
    }
    if (last != first && last instanceof Text closing && isBreak(last.getPrevious())) {
      String fence = closing.getLiteral().strip();
      if (fence.length() >= FENCE && colons(fence) == fence.length()) {
        return fence.length();
      }
    }
    return 0;
  }

  /** How many colons the fence a paragraph opens with has; 0 when it opens none. */
  static int openingColons(Node first) {
    return opens(first) ? colons(((Text) first).getLiteral()) : 0;
  }

  /**
   * Whether a block is a paragraph that closes a container whose opening fence has {@code colons}
   * colons: its last line, or all of it, is a fence at least as long.
   */
  static boolean closes(Node block, int colons) {
    if (!(block instanceof Paragraph p)) {
      return false;
    }
    Node first = p.getFirstChild();
    if (first instanceof Text only && first.getNext() == null) {
      String fence = only.getLiteral().strip();
      return fence.length() >= colons && colons(fence) == fence.length();
    }
    return first != null && closingColons(first) >= colons;
  }

  /**
   * Whether a paragraph opens a {@code details} container, which renders as a {@code <details>}.
   */
  static boolean opensCollapsible(Node first) {
    if (!opens(first)) {
      return false;
    }
    String opener = ((Text) first).getLiteral();
    return opener.substring(colons(opener)).strip().toLowerCase(Locale.ROOT).startsWith("details");
  }

  /**
   * The title of the container a paragraph opens ({@code 答案} of {@code ::: details 答案}, {@code
   * Answer} of {@code :::tip Answer} or {@code :::tip[Answer]}); empty for a paragraph that opens
   * none, or a container without a title.
   */
  static Optional<String> openedTitle(Node first) {
    if (!opens(first)) {
      return Optional.empty();
    }
    String opener = ParagraphLines.lineFrom(first).strip();
    opener = opener.substring(colons(opener)).strip();
    int bracket = opener.indexOf('[');
    if (bracket >= 0 && opener.endsWith("]")) {
      return Optional.of(opener.substring(bracket + 1, opener.length() - 1).strip());
    }
    int space = opener.indexOf(' ');
    return space < 0 ? Optional.empty() : Optional.of(opener.substring(space + 1).strip());
  }

  /** Whether a paragraph's first line is a fence: colons, then a type and title, if any. */
  private static boolean opens(Node first) {
    return first instanceof Text text && colons(text.getLiteral()) >= FENCE;
  }

  private static boolean isBreak(Node node) {
    return node instanceof SoftLineBreak || node instanceof HardLineBreak;
  }

  private static int colons(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == ':') {
      i++;
    }
    return i;
  }
}
