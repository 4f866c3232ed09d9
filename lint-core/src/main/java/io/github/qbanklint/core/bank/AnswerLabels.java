package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.ChineseScript;
import io.github.qbanklint.core.document.HtmlScanner;
import io.github.qbanklint.core.document.TextChars;
import io.github.qbanklint.core.document.TextContent;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;

/**
 * Titles that say "the answer starts here": a {@code <summary>} over a quiz's answer ({@code Show
 * answer}, {@code 查看答案}) or a sub-heading between a question's prompt and its answer ({@code ###
 * Solution}, {@code #### 参考答案}, {@code #### Answer: D}) or a paragraph that is only such a name
 * ({@code **Solution:**}), in English, Chinese, Japanese ({@code 答え}, {@code 解答を見る}) and Korean
 * ({@code 정답}, {@code 답변 보기}). Compared as {@link TextChars#foldedLetters}.
 */
final class AnswerLabels {
  /**
   * English names of one answer: as a bold paragraph ({@code **Answer:**}, {@code **Solution**})
   * they open a question's own answer, while a key apart names the answers ({@code **Answers**}).
   * First: the headings' titles are built from them.
   */
  private static final Set<String> ONE_ANSWER =
      folded(
          "answer",
          "theanswer",
          "myanswer",
          "sampleanswer",
          "modelanswer",
          "suggestedanswer",
          "referenceanswer",
          "answerandexplanation",
          "solution",
          "samplesolution",
          "referencesolution");

  /** Titles a heading may have: only names of the answer itself, never of a part of it. */
  private static final Set<String> HEADINGS =
      with(
          ONE_ANSWER,
          "answers",
          "solutions",
          "答案",
          "答",
          "参考答案",
          "标准答案",
          "我的答案",
          "答案解析",
          "解答",
          "参考解答",
          "回答",
          "参考回答",
          "题解",
          "解法",
          "参考解法",
          "解题思路",
          "面试题剖析",
          "答え",
          "正解",
          "模範解答",
          "解答例",
          "回答例",
          "정답",
          "답",
          "답변",
          "답안",
          "모범답안",
          "예시답안",
          "해답",
          "풀이",
          "정답및해설");

  /**
   * Titles of a section of answers kept apart from their questions: the answers' names, and names
   * of a key ({@code Answer key}, {@code 解答一覧}).
   */
  private static final Set<String> KEYS =
      with(
          HEADINGS,
          "answerkey",
          "answerkeys",
          "answersheet",
          "keytoanswers",
          "答案汇总",
          "参考答案汇总",
          "解答一覧",
          "正解一覧",
          "정답표",
          "정답모음");

  /**
   * Summaries, which also say how to open them ({@code Click to see answer}), and may name the
   * explanation: in a collapsed element it cannot be read before the answer.
   */
  private static final Set<String> SUMMARIES =
      with(
          HEADINGS,
          "showanswer",
          "seeanswer",
          "viewanswer",
          "revealanswer",
          "clicktoseeanswer",
          "clicktoshowanswer",
          "clickforanswer",
          "clicktoseetheanswer",
          "showsolution",
          "explanation",
          "查看答案",
          "点击查看答案",
          "显示答案",
          "点击展开答案",
          "解析",
          "答えを見る",
          "解答を見る",
          "答えを表示",
          "正解を見る",
          "解説",
          "答えと解説",
          "解答と解説",
          "정답보기",
          "정답확인",
          "답변보기",
          "답보기",
          "해설",
          "해설보기",
          "풀이보기",
          // "Explanation", also words that ask ("explain"): as a label, never a question.
          "解释",
          "説明",
          "설명",
          "설명보기");

  /** The longest title compared, in chars: a longer one is no label and is not normalised. */
  private static final int LONGEST = 40;

  /** The longest label a paragraph may be ({@code **Answer and explanation:**}), in chars. */
  private static final int LONGEST_PARAGRAPH = 24;

  private AnswerLabels() {}

  /** The labels of {@code base} and {@code more}, folded. */
  private static Set<String> with(Set<String> base, String... more) {
    Set<String> labels = new HashSet<>(base);
    labels.addAll(folded(more));
    return Set.copyOf(labels);
  }

  /**
   * The labels as they are compared: Japanese ones ({@code 答えを見る}) share characters with Chinese.
   */
  private static Set<String> folded(String... labels) {
    return Stream.of(labels).map(TextChars::foldedLetters).collect(Collectors.toUnmodifiableSet());
  }

  /** Whether a {@code <summary>} labels the answer inside its {@code <details>}. */
  static boolean labelsSummary(String summary) {
    return summary.length() <= LONGEST && SUMMARIES.contains(TextChars.foldedLetters(summary));
  }

  /**
   * Whether a paragraph, whose inlines start at {@code first} and show {@code text}, is an answer's
   * name and nothing else, written as a label: bold or ending in a colon ({@code **Solution**},
   * {@code 参考答案：}). It stands over the answer like a sub-heading ({@code 答案。} alone is a sentence,
   * if a short one). Every short paragraph of every answer is asked, so the text is folded here
   * without Unicode normalisation: the names are ASCII and CJK.
   */
  static boolean isLabelParagraph(Node first, String text) {
    if (text.length() > LONGEST_PARAGRAPH
        || !(text.endsWith(":")
            || text.endsWith("：")
            || AnswerClassifier.isWhollyEmphasised(first))) {
      return false;
    }
    StringBuilder folded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        folded.append(c < 0x80 ? Character.toLowerCase(c) : ChineseScript.simplified(c));
      }
    }
    return HEADINGS.contains(folded.toString());
  }

  /**
   * Whether a heading's text names a section of answers apart from their questions ({@code Answer
   * key}, {@code Answers}, {@code 参考答案}, {@code 答え}, {@code 정답}).
   */
  static boolean namesKey(String text) {
    return text.length() <= LONGEST && KEYS.contains(TextChars.foldedLetters(text));
  }

  /**
   * Whether a bold paragraph's text names a section of answers apart ({@code **Answer key**},
   * {@code **Answers:**}, {@code **参考答案**}): a key's name, but not the English name of one answer.
   */
  static boolean namesKeyInBold(String text) {
    return namesKey(text) && !ONE_ANSWER.contains(TextChars.foldedLetters(text));
  }

  /**
   * Whether a sub-heading's text opens the answer: an answer's name ({@code Solution}, {@code
   * 参考答案}), or an answer label with the answer after it ({@code Answer: D}, {@code 答案：B}).
   */
  static boolean labelsHeading(String text) {
    return text.length() <= LONGEST && HEADINGS.contains(TextChars.foldedLetters(text))
        || AnswerClassifier.opensWithAnswerLabel(text.strip());
  }

  /**
   * The label on the block that opens an answer, as a reader sees it: a summary, a container's
   * title ({@code ::: details 答案}), a sub-heading's text, or the label a paragraph opens with
   * ({@code Answer:}); empty for a block that is no such label.
   */
  static Optional<String> shown(Node opener) {
    if (opener instanceof Heading) {
      return Optional.of(TextContent.of(opener).strip()).filter(AnswerLabels::labelsHeading);
    }
    if (opener instanceof HtmlBlock html) {
      Optional<String> summary = DetailsElements.summary(html).filter(AnswerLabels::labelsSummary);
      return summary.isPresent()
          ? summary
          : HtmlScanner.headings(html.getLiteral()).stream()
              .findFirst()
              .map(h -> h.text().strip())
              .filter(AnswerLabels::labelsHeading);
    }
    Optional<String> container =
        BoxMarkup.openedTitle(opener.getFirstChild()).filter(AnswerLabels::labelsSummary);
    if (container.isPresent()) {
      return container;
    }
    String text = TextContent.of(opener).strip();
    return Optional.of(
            isLabelParagraph(opener.getFirstChild(), text)
                ? text
                : AnswerClassifier.answerLabel(text))
        .filter(label -> !label.isEmpty());
  }
}
