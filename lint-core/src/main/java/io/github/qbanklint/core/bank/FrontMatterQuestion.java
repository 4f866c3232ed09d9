package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Document;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterNode;
import org.commonmark.node.Node;

/**
 * The question a page asks in its front matter, as documentation sites that keep one question per
 * page write it: {@code question: …}, or a {@code title:} that ends in a question mark or opens
 * with a question marker ({@code title: "What is event delegation?"}); the page's body is its
 * answer. A title that only names a topic ({@code title: Closures}) asks nothing.
 *
 * @param block the front matter
 * @param text the question, as YAML gives it
 * @param start offset of the line of its key
 * @param end offset of the end of that line
 */
record FrontMatterQuestion(Node block, String text, int start, int end) {

  /** The question a document's front matter asks; empty when it asks none. */
  static Optional<FrontMatterQuestion> of(Document document, NumberParser parser) {
    if (!(document.root().getFirstChild() instanceof YamlFrontMatterBlock block)) {
      return Optional.empty();
    }
    String key = "question";
    Optional<String> text = value(block, key);
    if (text.isEmpty()) {
      key = "title";
      text = value(block, key).filter(parser::asks);
    }
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String source = document.source(block);
    Matcher line = Pattern.compile("(?m)^" + key + "[ \\t]*:.*?(?=\\r?$)").matcher(source);
    if (!line.find()) {
      return Optional.empty();
    }
    int offset = Document.startOffset(block);
    return Optional.of(
        new FrontMatterQuestion(block, text.get(), offset + line.start(), offset + line.end()));
  }

  /** A YAML scalar without its quotes, which the parser keeps when spaces follow them. */
  private static String unquoted(String value) {
    boolean quoted =
        value.length() >= 2
            && (value.charAt(0) == '"' || value.charAt(0) == '\'')
            && value.charAt(value.length() - 1) == value.charAt(0);
    return quoted ? value.substring(1, value.length() - 1).strip() : value;
  }

  /** The one-line value of a key, when it has letters or digits (not {@code |} or {@code >}). */
  private static Optional<String> value(YamlFrontMatterBlock block, String key) {
    for (Node n = block.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof YamlFrontMatterNode entry
          && entry.getKey().equals(key)
          && entry.getValues().size() == 1) {
        String value = unquoted(entry.getValues().get(0).strip());
        return value.codePoints().anyMatch(Character::isLetterOrDigit)
            ? Optional.of(value)
            : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
