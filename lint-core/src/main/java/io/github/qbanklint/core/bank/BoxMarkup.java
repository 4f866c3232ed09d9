package io.github.qbanklint.core.bank;

import java.util.Optional;
import org.commonmark.node.Node;

/**
 * The markup of the boxes documentation sites draw around part of a page, which CommonMark reads as
 * text: container fences ({@link ContainerFences}), MkDocs admonition openers ({@link Admonitions})
 * and GitHub's alert markers ({@link GithubAlerts}). It says where a box is and what it is called,
 * not what it holds.
 */
final class BoxMarkup {
  private BoxMarkup() {}

  /**
   * The shown text of a paragraph, whose inlines start at {@code first} and show {@code shown}
   * (line breaks as spaces), without the box markup it opens or closes with.
   */
  static String withoutMarkup(Node first, String shown) {
    String unfenced = ContainerFences.withoutFences(first, shown.strip()).strip();
    return GithubAlerts.withoutMarker(first, Admonitions.withoutOpener(first, unfenced).strip());
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
