package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.HtmlScanner;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;

/**
 * What the bank model reads of {@code <details>} elements: the {@code <summary>} of a block that
 * opens one (a question, or a label such as {@code Answer} or {@code 查看答案} over the answer), and
 * how deep in such elements a block stands.
 */
final class DetailsElements {
  private static final Pattern OPENING =
      Pattern.compile(
          "^\\s*<details\\b[^>]*>\\s*<summary\\b[^>]*>(.*?)</summary\\s*>",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private static final Pattern OPEN = Pattern.compile("<details\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOSE = Pattern.compile("</details\\s*>", Pattern.CASE_INSENSITIVE);

  private DetailsElements() {}

  /** The summary of a block that opens a {@code <details>}: its text, and where it ends. */
  record Summary(String text, int end) {}

  static Optional<Summary> summary(Node block) {
    if (!(block instanceof HtmlBlock html) || !mentionsDetails(html.getLiteral())) {
      return Optional.empty();
    }
    Matcher m = OPENING.matcher(html.getLiteral());
    return m.lookingAt()
        ? Optional.of(new Summary(HtmlScanner.visibleText(m.group(1)).strip(), m.end()))
        : Optional.empty();
  }

  /** Whether a block opens a {@code <details>} whose summary labels the answer inside it. */
  static boolean opensAnswer(Node block) {
    return summary(block).filter(s -> AnswerLabels.labelsSummary(s.text())).isPresent();
  }

  /** Whether a block closes a {@code <details>}, searching its HTML from {@code from}. */
  static boolean closes(Node block, int from) {
    return block instanceof HtmlBlock html && CLOSE.matcher(html.getLiteral()).find(from);
  }

  /** How many {@code <details>} a block opens, less how many it closes. */
  static int depthChange(Node block) {
    if (!(block instanceof HtmlBlock html) || !mentionsDetails(html.getLiteral())) {
      return 0;
    }
    return count(OPEN, html.getLiteral()) - count(CLOSE, html.getLiteral());
  }

  /** Whether HTML may hold a details tag, told without a regex: most HTML blocks are images. */
  private static boolean mentionsDetails(String html) {
    return html.indexOf("etails") >= 0 || html.indexOf("ETAILS") >= 0;
  }

  private static int count(Pattern pattern, String html) {
    int n = 0;
    for (Matcher m = pattern.matcher(html); m.find(); ) {
      n++;
    }
    return n;
  }
}
