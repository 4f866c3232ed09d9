package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.HtmlScanner;
import io.github.qbanklint.core.document.TextChars;
import io.github.qbanklint.core.document.TextContent;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * Tells content from filler in an answer: blank lines, HTML comments, thematic breaks, link
 * definitions, empty {@code <details>} wrappers and placeholders ({@code TODO}, {@code - [ ] TODO},
 * {@code 待补充}) are filler; everything else, sub-headings included, is content.
 */
final class AnswerClassifier {
  /**
   * What a placeholder may be wrapped in: ASCII whitespace and punctuation (the regex {@code \s}
   * and {@code \p{Punct}}) and CJK brackets and punctuation. Filtered per character, not by regex,
   * as every answer paragraph is normalised.
   */
  private static final String FILLER =
      " \t\n\u000B\f\r!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~（）【】。，：；、…";

  private final Set<String> placeholders = new HashSet<>();
  private final int longestPlaceholder;

  AnswerClassifier(List<String> placeholders) {
    int longest = 0;
    for (String p : placeholders) {
      String normalised = normalise(p);
      this.placeholders.add(normalised);
      longest = Math.max(longest, normalised.length());
    }
    this.longestPlaceholder = longest;
  }

  boolean hasContent(List<Node> blocks) {
    for (Node block : blocks) {
      if (isContent(block)) {
        return true;
      }
    }
    return false;
  }

  boolean isContent(Node block) {
    if (block instanceof ThematicBreak
        || block instanceof LinkReferenceDefinition
        || block instanceof TaskListItemMarker) {
      return false;
    }
    if (block instanceof HtmlBlock html) {
      String visible = HtmlScanner.visibleText(html.getLiteral()).strip();
      return !visible.isEmpty() && !isPlaceholder(visible);
    }
    if (block instanceof Paragraph) {
      String text = TextContent.of(block).strip();
      boolean hasNonText = block.getFirstChild() != null && !text.isEmpty();
      return hasNonText && !isPlaceholder(text) || TextContent.hasImage(block);
    }
    if (block instanceof ListBlock || block instanceof BlockQuote || block instanceof ListItem) {
      for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
        if (isContent(child)) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  boolean isPlaceholder(String text) {
    return !longerThanAnyPlaceholder(text) && placeholders.contains(normalise(text));
  }

  /**
   * Whether {@link #normalise} would keep more characters than any placeholder has, told without
   * normalising (answers are long, placeholders short): an ASCII letter or digit, or a CJK
   * ideograph, stays one kept character whatever NFKC does around it, as none of them is the second
   * half of a composition or part of a decomposition.
   */
  private boolean longerThanAnyPlaceholder(String text) {
    int kept = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean stays = c < 0x80 ? Character.isLetterOrDigit(c) : TextChars.isCjkIdeograph(c);
      if (stays && ++kept > longestPlaceholder) {
        return true;
      }
    }
    return false;
  }

  /** NFKC, lower case, without whitespace and punctuation: how placeholders are compared. */
  static String normalise(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder kept = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (FILLER.indexOf(c) < 0) {
        kept.append(c);
      }
    }
    return kept.toString();
  }
}
