package io.github.qbanklint.core.bank;

import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * GitHub's alerts: a block quote whose first line is {@code [!NOTE]}, {@code [!TIP]}, {@code
 * [!IMPORTANT]}, {@code [!WARNING]} or {@code [!CAUTION]}, which GitHub renders as a box with that
 * title. The marker says what kind of box it is, not what it holds: {@code > [!NOTE]} over {@code >
 * TODO} answers nothing.
 */
final class GithubAlerts {
  private static final Pattern MARKER =
      Pattern.compile("\\[!(?:note|tip|important|warning|caution)]\\s*", Pattern.CASE_INSENSITIVE);

  private GithubAlerts() {}

  /**
   * The shown text of a paragraph, whose inlines start at {@code first} and show {@code shown}
   * (line breaks as spaces), without an alert's marker line first.
   */
  static String withoutMarker(Node first, String shown) {
    if (!(first instanceof Text text)
        || !text.getLiteral().startsWith("[!")
        || !(first.getParent() instanceof Paragraph p)
        || !(p.getParent() instanceof BlockQuote)
        || p.getPrevious() != null) {
      return shown;
    }
    String marker = ParagraphLines.lineFrom(first);
    if (!MARKER.matcher(marker).matches()) {
      return shown;
    }
    return shown.substring(Math.min(shown.length(), marker.strip().length() + 1)).strip();
  }
}
