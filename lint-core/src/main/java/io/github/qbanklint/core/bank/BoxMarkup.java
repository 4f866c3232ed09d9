package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.TextContent;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * The markup of the boxes documentation sites draw around part of a page, which CommonMark reads as
 * text: container fences ({@link ContainerFences}), MkDocs admonition openers ({@link Admonitions})
 * and GitHub's alert markers ({@link GithubAlerts}). It says where a box is and what it is called,
 * not what it holds.
 */
final class BoxMarkup {
  private static final Pattern OPENS_DETAILS =
      Pattern.compile("<details\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern OPENS_SUMMARY =
      Pattern.compile("<summary\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOSES_SUMMARY =
      Pattern.compile("</summary\\s*>", Pattern.CASE_INSENSITIVE);

  private BoxMarkup() {}

  /**
   * The shown text of a paragraph, whose inlines start at {@code first} and show {@code shown}
   * (line breaks as spaces), without the box markup it opens or closes with.
   */
  static String withoutMarkup(Node first, String shown) {
    String unfenced = ContainerFences.withoutFences(first, shown.strip()).strip();
    String unboxed =
        GithubAlerts.withoutMarker(first, Admonitions.withoutOpener(first, unfenced).strip());
    return withoutInlineSummary(first, unboxed);
  }

  /**
   * The shown text without the summary of an inline {@code <details>} it opens with ({@code
   * <details><summary>Show</summary>…</details>} in a table cell): the summary titles the box.
   */
  private static String withoutInlineSummary(Node first, String shown) {
    if (!(first instanceof HtmlInline open)
        || !OPENS_DETAILS.matcher(open.getLiteral()).lookingAt()) {
      return shown; // most paragraphs: no walk
    }
    Node summary = first.getNext();
    while (summary instanceof Text t && t.getLiteral().isBlank()) {
      summary = summary.getNext();
    }
    if (!(summary instanceof HtmlInline tag)
        || !OPENS_SUMMARY.matcher(tag.getLiteral()).lookingAt()) {
      return shown;
    }
    StringBuilder title = new StringBuilder();
    for (Node n = summary.getNext(); n != null; n = n.getNext()) {
      if (n instanceof HtmlInline close && CLOSES_SUMMARY.matcher(close.getLiteral()).lookingAt()) {
        String text = title.toString().strip();
        return shown.startsWith(text) ? shown.substring(text.length()).strip() : shown;
      }
      title.append(TextContent.of(n));
    }
    return shown;
  }

  /**
   * The title of the box a paragraph, whose inlines start at {@code first}, opens ({@code 答案} of
   * {@code ::: details 答案} or {@code ??? note "答案"}); empty if it opens none.
   */
  static Optional<String> openedTitle(Node first) {
    Optional<String> fenced = ContainerFences.openedTitle(first);
    return fenced.isPresent() ? fenced : Admonitions.opener(first).map(Admonitions.Opener::title);
  }
}
