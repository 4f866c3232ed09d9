package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.HtmlScanner;
import io.github.qbanklint.core.document.TextChars;
import java.util.Optional;
import java.util.Set;
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

  /** Summaries that label the answer inside, as {@link TextChars#foldedLetters}. */
  private static final Set<String> ANSWER_LABELS =
      Set.of(
          "answer",
          "answers",
          "theanswer",
          "showanswer",
          "seeanswer",
          "viewanswer",
          "revealanswer",
          "clicktoseeanswer",
          "clicktoshowanswer",
          "clickforanswer",
          "clicktoseetheanswer",
          "solution",
          "showsolution",
          "explanation",
          "answerandexplanation",
          "答案",
          "参考答案",
          "查看答案",
          "点击查看答案",
          "显示答案",
          "点击展开答案",
          "解答",
          "解析",
          "答案解析",
          "回答");

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
    return summary(block).filter(s -> isAnswerLabel(s.text())).isPresent();
  }

  private static boolean isAnswerLabel(String summary) {
    if (summary.length() > 40) {
      return false;
    }
    return ANSWER_LABELS.contains(TextChars.foldedLetters(summary));
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
