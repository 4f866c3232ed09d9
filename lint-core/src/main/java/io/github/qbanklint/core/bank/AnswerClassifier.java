package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.BackLinks;
import io.github.qbanklint.core.document.ChineseScript;
import io.github.qbanklint.core.document.HtmlScanner;
import io.github.qbanklint.core.document.TextChars;
import io.github.qbanklint.core.document.TextContent;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Tells content from filler in an answer: blank lines, HTML comments, thematic breaks, link
 * definitions, empty {@code <details>} wrappers and boxes ({@code :::} containers, MkDocs
 * admonitions, GitHub alerts: {@link BoxMarkup}), links back to the top ({@link BackLinks}) and
 * headings are filler; placeholders ({@code TODO}, {@code - [ ] TODO}, {@code 待补充}) and a
 * references block after them mean "not written yet"; everything else is content.
 */
final class AnswerClassifier {
  /**
   * What a placeholder may be wrapped in: ASCII whitespace and punctuation (the regex {@code \\s}
   * and {@code \\p{Punct}}) and CJK brackets and punctuation. Filtered per character, not by regex,
   * as every answer paragraph is normalised.
   */
  private static final String FILLER =
      " \t\n\u000B\f\r!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~（）【】。，：；、…";

  private static final Pattern ELLIPSIS = Pattern.compile("[.。…·]+");

  /**
   * The label an answer may open with ({@code A:}, {@code Answer:}, {@code Ans.}, {@code
   * Solution:}, {@code 答：}, {@code 参考答案：}): it says nothing by itself, so {@code A:} alone is no
   * answer and {@code A: TODO} a placeholder. It may carry its question's number ({@code A4:},
   * {@code Answer 3:}, {@code 答案1：}). The colon is required (but for {@code Ans.}, and {@code A6.}
   * after {@code Q6.}): a bare {@code A} or {@code A.} may be a multiple-choice answer.
   */
  private static final Pattern ANSWER_LABEL =
      Pattern.compile(
          "(?:(?:a|ans|answer|solution|答|答案|回答|解答|解法|题解|参考答案|答え|正解|답|정답|답변)"
              + "\\s*(?:\\d{1,3}\\s*)?[:：]|ans\\.|(?-i:A)\\d{1,3}[.．])\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A label naming a part of an answer ({@code Explanation:}, {@code 解析：}), not where it starts: a
   * placeholder behind one is still a placeholder, and a label with nothing after it says nothing.
   */
  private static final Pattern PART_LABEL =
      Pattern.compile(
          "(?:explanation|解析|解説|해설)\\s*[:：]\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Titles of a references block, normalised. */
  private static final Set<String> REFERENCE_TITLES =
      Set.of(
          "参考资料",
          "参考",
          "参考链接",
          "参考文献",
          "相关链接",
          "参考连结",
          "相关连结",
          "延伸阅读",
          "references",
          "reference",
          "furtherreading",
          "links");

  /** What one block of an answer is. */
  enum Kind {
    FILLER,
    HEADING,
    PLACEHOLDER,
    REFERENCES_TITLE,
    LINKS_ONLY,
    CONTENT
  }

  /**
   * Words that make a placeholder name the answer's place ({@code Answer here}, {@code TODO:
   * answer}, {@code 答案待补充}), normalised: a bare {@code TODO} may be a note on what stands above it.
   */
  private static final List<String> ANSWER_WORDS =
      List.of("answer", "solution", "答案", "回答", "解答", "题解", "答え", "정답", "답변");

  private final Set<String> placeholders = new HashSet<>();
  private final Set<String> answerPlaceholders = new HashSet<>();
  private final int longestPlaceholder;

  AnswerClassifier(List<String> placeholders) {
    int longest = 0;
    for (String p : placeholders) {
      String normalised = normalise(p);
      this.placeholders.add(normalised);
      if (ANSWER_WORDS.stream().anyMatch(normalised::contains)) {
        answerPlaceholders.add(normalised);
      }
      longest = Math.max(longest, normalised.length());
    }
    this.longestPlaceholder = longest;
  }

  Kind kind(Node block) {
    return kind(block, TextContent::of);
  }

  /** The kind of a block, reading a paragraph's shown text through {@code shownText}. */
  Kind kind(Node block, Function<Node, String> shownText) {
    if (block instanceof ThematicBreak
        || block instanceof LinkReferenceDefinition
        || block instanceof TaskListItemMarker) {
      return Kind.FILLER;
    }
    if (block instanceof Heading) {
      return labelledHeadingKind(shownText.apply(block).strip());
    }
    if (block instanceof HtmlBlock html) {
      return htmlKind(html.getLiteral());
    }
    if (block instanceof Paragraph || block instanceof TableCell) {
      return inlinesKind(block.getFirstChild(), shownText.apply(block));
    }
    if (block instanceof AnswerLines lines) {
      return inlinesKind(lines.first(), shownText.apply(block));
    }
    if (block instanceof IndentedCodeBlock code && Admonitions.isBody(code)) {
      return plainTextKind(code.getLiteral());
    }
    if (block instanceof ListBlock || block instanceof BlockQuote || block instanceof ListItem) {
      Kind kind = Kind.FILLER;
      for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
        Kind c = kind(child, shownText);
        if (c == Kind.CONTENT) {
          return c;
        }
        kind = rank(c) > rank(kind) ? c : kind;
      }
      return kind == Kind.HEADING ? Kind.FILLER : kind;
    }
    return Kind.CONTENT;
  }

  /**
   * A sub-heading is no answer, unless it carries one after an answer label: {@code #### Answer:
   * D}.
   */
  private Kind labelledHeadingKind(String text) {
    String answer = withoutAnswerLabel(text);
    if (answer.equals(text) || TextChars.isBlank(answer)) {
      return Kind.HEADING;
    }
    return isPlaceholder(answer) ? Kind.PLACEHOLDER : Kind.CONTENT;
  }

  /** How much a block kind weighs when a list mixes kinds: links over placeholders over filler. */
  private static int rank(Kind kind) {
    return switch (kind) {
      case LINKS_ONLY, REFERENCES_TITLE -> 3;
      case PLACEHOLDER -> 2;
      case HEADING -> 1;
      default -> 0;
    };
  }

  private Kind htmlKind(String html) {
    boolean heading = !HtmlScanner.headings(HtmlScanner.withoutComments(html)).isEmpty();
    String visible = HtmlScanner.visibleText(heading ? HtmlScanner.withoutHeadings(html) : html);
    visible = withoutLabels(visible.strip());
    if (TextChars.isBlank(visible) || BackLinks.onlyBackLinks(html, visible)) {
      return heading ? Kind.HEADING : Kind.FILLER;
    }
    return isPlaceholder(visible) ? Kind.PLACEHOLDER : Kind.CONTENT;
  }

  /** The kind of a paragraph's inline nodes from {@code first} on, whose text is {@code shown}. */
  private Kind inlinesKind(Node first, String shown) {
    if (TextContent.hasImageFrom(first)) {
      return Kind.CONTENT;
    }
    String text = withoutLabels(BoxMarkup.withoutMarkup(first, shown));
    if (first == null || TextChars.isBlank(text) || AnswerLabels.isLabelParagraph(first, text)) {
      return Kind.FILLER;
    }
    if (isPlaceholder(text)) {
      return Kind.PLACEHOLDER;
    }
    if (BackLinks.onlyBackLinks(first)) {
      return Kind.FILLER;
    }
    if (isWhollyEmphasised(first) && REFERENCE_TITLES.contains(normalise(text))) {
      return Kind.REFERENCES_TITLE;
    }
    return isLinksOnly(first) ? Kind.LINKS_ONLY : Kind.CONTENT;
  }

  /** The kind of an admonition's body, which CommonMark reads as code: plain text, not markup. */
  private Kind plainTextKind(String literal) {
    String text = withoutLabels(literal.strip());
    if (TextChars.isBlank(text)) {
      return Kind.FILLER;
    }
    return isPlaceholder(text) ? Kind.PLACEHOLDER : Kind.CONTENT;
  }

  private static String withoutAnswerLabel(String text) {
    // Every answer paragraph comes here: the first character rules out most without the regex.
    if (text.isEmpty() || "aAsS答回解题参正답정".indexOf(ChineseScript.simplified(text.charAt(0))) < 0) {
      return text;
    }
    Matcher label = ANSWER_LABEL.matcher(ChineseScript.simplified(text));
    return label.lookingAt() ? text.substring(label.end()) : text;
  }

  /** The text after its answer label and a part label ({@code Answer: Explanation: TODO}). */
  private static String withoutLabels(String text) {
    String answer = withoutAnswerLabel(text);
    if (answer.isEmpty() || "eE解해".indexOf(answer.charAt(0)) < 0) {
      return answer;
    }
    Matcher part = PART_LABEL.matcher(answer);
    return part.lookingAt() ? answer.substring(part.end()) : answer;
  }

  /**
   * Whether a placeholder, whose block shows {@code shown}, says where the answer goes: it names
   * the answer ({@code Answer here}, {@code 答案待补充}) or stands after an answer label ({@code A:
   * TODO}, {@code 答：待补充}).
   */
  boolean namesAnswerPlace(String shown) {
    String text = shown.strip();
    return opensWithAnswerLabel(text) || answerPlaceholders.contains(normalise(text));
  }

  /** The answer label a line opens with, without the space after it; empty if none. */
  static String answerLabel(String text) {
    return text.substring(0, text.length() - withoutAnswerLabel(text).length()).strip();
  }

  /** Whether a line opens with an answer label: {@code A:}, {@code 答：}, {@code Answer:}. */
  static boolean opensWithAnswerLabel(String text) {
    return !withoutAnswerLabel(text).equals(text);
  }

  /** Whether a heading's text names a references block ({@code 参考资料}, {@code References}). */
  static boolean isReferencesTitle(String text) {
    return REFERENCE_TITLES.contains(normalise(text));
  }

  static boolean isWhollyEmphasised(Node first) {
    return (first instanceof StrongEmphasis || first instanceof Emphasis)
        && onlyBlankAfter(first.getNext());
  }

  private static boolean onlyBlankAfter(Node node) {
    for (Node n = node; n != null; n = n.getNext()) {
      if (!(n instanceof Text t && t.getLiteral().isBlank()) && !(n instanceof SoftLineBreak)) {
        return false;
      }
    }
    return true;
  }

  /** Links, separated only by spaces, punctuation and line breaks. */
  private static boolean isLinksOnly(Node first) {
    boolean link = false;
    for (Node n = first; n != null; n = n.getNext()) {
      if (n instanceof Link) {
        link = true;
      } else if (n instanceof Text t) {
        if (hasWordCharacter(t.getLiteral())) {
          return false;
        }
      } else if (!(n instanceof SoftLineBreak)) {
        return false;
      }
    }
    return link;
  }

  /** Whether the text holds a letter or digit: what a separator between links never does. */
  private static boolean hasWordCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a text is a placeholder. A placeholder made only of punctuation ({@code ...}) matches
   * only dots and ellipses, not every answer that is a symbol.
   */
  boolean isPlaceholder(String text) {
    if (longerThanAnyPlaceholder(text)) {
      return false;
    }
    String normalised = normalise(text);
    return placeholders.contains(normalised)
        && (!normalised.isEmpty() || ELLIPSIS.matcher(text.strip()).matches());
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

  /**
   * NFKC, lower case, Chinese in simplified characters, without whitespace, punctuation, emoji and
   * other symbols ({@code 💡 TODO}, {@code ✅ 待补充}): how placeholders are compared.
   */
  static String normalise(String text) {
    String folded =
        ChineseScript.simplified(
            Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    StringBuilder kept = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      if (FILLER.indexOf(cp) < 0 && !TextChars.isSymbol(cp)) {
        kept.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return kept.toString();
  }
}
