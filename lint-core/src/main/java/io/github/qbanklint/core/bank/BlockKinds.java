package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.HtmlScanner;
import io.github.qbanklint.core.document.TextContent;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;

/**
 * The kinds and shown texts of one document's blocks ({@link AnswerClassifier.Kind}), each worked
 * out once: a block is read as a heading's own body, as part of a question's answer, and for the
 * answer's text.
 */
final class BlockKinds {
  private final AnswerClassifier classifier;
  // Keyed by identity: each node is one place, and hashing nodes would walk their trees.
  private final Map<Node, AnswerClassifier.Kind> kinds = new IdentityHashMap<>();
  private final Map<Node, String> shown = new IdentityHashMap<>();

  BlockKinds(AnswerClassifier classifier) {
    this.classifier = classifier;
  }

  AnswerClassifier.Kind kind(Node block) {
    AnswerClassifier.Kind kind = kinds.get(block);
    if (kind == null) {
      kind = classifier.kind(block, this::shown);
      kinds.put(block, kind);
    }
    return kind;
  }

  /** The text a reader sees in a block, built once per block its kind depends on. */
  String shown(Node block) {
    String text = shown.get(block);
    if (text == null) {
      text = shownText(block);
      shown.put(block, text);
    }
    return text;
  }

  /** The text a reader sees in a block: an HTML block's visible text, else its inline text. */
  static String shownText(Node block) {
    if (block instanceof HtmlBlock html) {
      return HtmlScanner.visibleText(html.getLiteral());
    }
    return block instanceof AnswerLines lines ? lines.text() : TextContent.of(block);
  }

  /**
   * Whether blocks answer a question: content, or links with no placeholder (a references block
   * under a placeholder is still unanswered).
   */
  boolean answers(List<Node> blocks) {
    boolean placeholder = false;
    boolean links = false;
    for (Node block : blocks) {
      switch (kind(block)) {
        case CONTENT -> {
          return true;
        }
        case PLACEHOLDER -> placeholder = true;
        case LINKS_ONLY -> links = true;
        default -> {}
      }
    }
    return links && !placeholder;
  }

  /**
   * Where the answer starts among a question's blocks, when it was to start at {@code from} with no
   * label: at the placeholder that ends the blocks and says where the answer goes ({@code Answer
   * here}, {@code A: TODO}; past filler, sub-headings and a references block after it), when text
   * stands before it. That text is the question's statement (a task's inputs and examples), and the
   * answer is missing. An answer that opens with its label ({@code A6: …}) keeps what follows.
   */
  int statementEnd(List<Node> blocks, int from) {
    int placeholder = trailingAnswerPlaceholder(blocks);
    if (placeholder <= from
        || AnswerClassifier.opensWithAnswerLabel(shown(blocks.get(from)).strip())
        || !answers(blocks.subList(from, placeholder))) {
      return from;
    }
    return placeholder;
  }

  /** Where the placeholder naming the answer's place stands that ends the blocks; -1 if none. */
  private int trailingAnswerPlaceholder(List<Node> blocks) {
    for (int k = blocks.size() - 1; k >= 0; k--) {
      Node block = blocks.get(k);
      switch (kind(block)) {
        case FILLER, HEADING, REFERENCES_TITLE, LINKS_ONLY -> {}
        case PLACEHOLDER -> {
          return classifier.namesAnswerPlace(shown(block)) ? k : -1;
        }
        default -> {
          return -1;
        }
      }
    }
    return -1;
  }

  /** What stands under a heading before the next one, for telling answers from topic headings. */
  HeadingRoles.Body body(List<Node> blocks) {
    HeadingRoles.Body body = HeadingRoles.Body.NONE;
    for (Node block : blocks) {
      HeadingRoles.Body b =
          switch (kind(block)) {
            case CONTENT -> HeadingRoles.Body.CONTENT;
            case PLACEHOLDER -> HeadingRoles.Body.PLACEHOLDER;
            case LINKS_ONLY, REFERENCES_TITLE -> HeadingRoles.Body.LINKS_ONLY;
            default -> HeadingRoles.Body.NONE;
          };
      body = b.compareTo(body) > 0 ? b : body;
    }
    return body;
  }

  /**
   * The blocks without filler, for measuring an answer: a link back to the top says nothing, and
   * the rest of filler has no text.
   */
  List<Node> withoutFiller(List<Node> blocks) {
    List<Node> kept = new ArrayList<>(blocks.size());
    for (Node block : blocks) {
      if (kind(block) != AnswerClassifier.Kind.FILLER) {
        kept.add(block);
      }
    }
    return kept.size() == blocks.size() ? blocks : kept;
  }

  /** Whether anything but filler and placeholders stands in the blocks. */
  boolean hasContent(List<Node> blocks) {
    for (Node block : blocks) {
      AnswerClassifier.Kind kind = kind(block);
      if (kind == AnswerClassifier.Kind.CONTENT || kind == AnswerClassifier.Kind.LINKS_ONLY) {
        return true;
      }
    }
    return false;
  }
}
