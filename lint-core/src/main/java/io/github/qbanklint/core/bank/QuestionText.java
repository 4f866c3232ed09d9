package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.ChineseScript;
import io.github.qbanklint.core.document.TextChars;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a question's wording says about it, independent of its numbering. */
final class QuestionText {
  /**
   * A trailing difficulty or topic tag: {@code (easy)}, {@code （简单）}, {@code [hard]}, {@code 【中等】}.
   */
  private static final Pattern TRAILING_TAG =
      Pattern.compile(
          "\\s*(?:\\([^()?？]{1,16}\\)|（[^（）?？]{1,16}）|\\[[^\\[\\]?？]{1,16}]|【[^【】?？]{1,16}】)$");

  /** A question word opening an English question. */
  private static final Pattern INTERROGATIVE_OPENING =
      Pattern.compile(
          "(?:what|why|how|when|where|which|who|explain|describe|compare|define|list|implement"
              + "|design|write|is|are|can|does|do|should)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * Chinese, Japanese and Korean interrogatives, found anywhere in a text with Chinese in
   * simplified characters ({@code 說說} is {@code 说说}). Looked up by first character rather than by a
   * regular expression: an alternation tried at every character of a long list item was a fifth of
   * the bank model's time.
   */
  private static final WordSet INTERROGATIVE_WORDS =
      new WordSet(
          "什么", "为什么", "如何", "怎么", "怎样", "讲讲", "讲一讲", "介绍", "简述", "说说", "说一下", "谈谈", "解释", "比较",
          "区别", "哪些", "是否", "吗", "请说明", "请解释", "请描述", "请简述", "请介绍", "请比较", "请列举", "说明し", "違い", "なぜ",
          "とは", "무엇", "어떻게", "어떤", "설명", "차이");

  /**
   * How a question may open without a question mark: a question word or a request ({@code Describe
   * …}, {@code 说说 …}). Unlike {@link #INTERROGATIVE_WORDS}, a word in the middle does not ask: an
   * answer's {@code 区别一：…} is no question.
   */
  private static final Pattern ASKING_OPENING =
      Pattern.compile(
          "(?:what|why|how|which|who|explain|describe|compare|define|discuss|list|name|give)\\b"
              + "|(?:什么|为什么|如何|怎么|怎样|讲讲|讲一讲|说说|说一下|谈谈|解释|简述|介绍|描述|比较|列举|请)",
          Pattern.CASE_INSENSITIVE);

  /**
   * A Japanese or Korean request ending a question ({@code …を説明してください}, {@code … 설명해 주세요}), looked
   * for in the text's last characters only.
   */
  private static final Pattern ASKING_ENDING =
      Pattern.compile("(?:(?:て|で)(?:ください|下さい)[。.:：]?|주세요[.]?)$");

  /** Longer than any {@link #ASKING_ENDING}. */
  private static final int ASKING_ENDING_LENGTH = 8;

  /**
   * A difficulty tag opening a question: {@code [E] What is …}, {@code 【中等】…}, {@code (hard) …}.
   */
  private static final Pattern LEADING_TAG =
      Pattern.compile("^(?:\\[[^\\[\\]]{1,16}]|【[^【】]{1,16}】|\\([^()]{1,16}\\))\\s*");

  /**
   * A question answered by yes or no, as a checklist asks its reader ({@code Did you run the
   * tests?}, {@code 你是否阅读了文档？}, {@code 文档看过了吗？}).
   */
  private static final Pattern YES_NO =
      Pattern.compile(
          "^(?:did|do|does|is|are|was|were|can|could|will|would|should|have|has|had)\\b"
              + "|^(?:你|您)?是否|[吗吧]\\s*[?？]?$",
          Pattern.CASE_INSENSITIVE);

  /** A date opening a text: {@code 2019-3-25}, {@code 2024/01/05}, {@code 2019年3月}. */
  private static final Pattern LEADING_DATE =
      Pattern.compile("^\\d{4}\\s*(?:[-/.]\\s*\\d{1,2}|年\\s*\\d{1,2}\\s*月)");

  /**
   * A trailing attribute list, as MkDocs and kramdown give a heading its id: {@code {#gil}}, {@code
   * {: #generator }}, {@code {#gil .advanced}}.
   */
  private static final Pattern ATTRIBUTE_LIST = Pattern.compile("\\s*\\{:?\\s*[#.][^{}]*}$");

  private QuestionText() {}

  /**
   * Whether the text ends in {@code ?} or {@code ？}, past trailing emphasis markers, spaces, one
   * attribute list, one difficulty tag and emoji or other symbols.
   */
  static boolean endsWithQuestionMark(String text) {
    String trimmed = stripDecoration(text);
    if (trimmed.endsWith("}")) {
      trimmed = stripDecoration(ATTRIBUTE_LIST.matcher(trimmed).replaceFirst(""));
    }
    if (trimmed.endsWith("?") || trimmed.endsWith("？")) {
      return true;
    }
    // The tag pattern is anchored at the end, so a matcher would try it at every position: only
    // a text that ends in a closing bracket can carry one.
    char last = trimmed.isEmpty() ? ' ' : trimmed.charAt(trimmed.length() - 1);
    if (last != ')' && last != '）' && last != ']' && last != '】') {
      return false;
    }
    trimmed = stripDecoration(TRAILING_TAG.matcher(trimmed).replaceFirst(""));
    return trimmed.endsWith("?") || trimmed.endsWith("？");
  }

  /** Whether the text holds {@code ?} or {@code ？} anywhere. */
  static boolean holdsQuestionMark(String text) {
    return text.indexOf('?') >= 0 || text.indexOf('？') >= 0;
  }

  /**
   * Whether the text starts with a question word or holds a Chinese, Japanese or Korean
   * interrogative ({@code 说说}, {@code 請說明}, {@code 説明して}, {@code 설명해 주세요}).
   */
  static boolean isInterrogative(String text) {
    String stripped = text.strip();
    return INTERROGATIVE_OPENING.matcher(stripped).lookingAt()
        || INTERROGATIVE_WORDS.foundIn(ChineseScript.simplified(stripped));
  }

  /**
   * Whether the text asks without a question mark, past a difficulty tag: a question word or a
   * request opens it ({@code Describe floats.}, {@code 说说 GC}), or a Japanese or Korean request
   * ends it ({@code …を説明してください。}).
   */
  static boolean asksWithoutQuestionMark(String text) {
    String simplified = withoutLeadingTag(text);
    return ASKING_OPENING.matcher(simplified).lookingAt() || endsWithRequest(simplified);
  }

  /** The text past a difficulty tag, stripped, with Chinese in simplified characters. */
  private static String withoutLeadingTag(String text) {
    return ChineseScript.simplified(LEADING_TAG.matcher(text.strip()).replaceFirst(""));
  }

  /** Whether a Japanese or Korean request ends the text: {@code …を説明してください。}. */
  private static boolean endsWithRequest(String simplified) {
    return ASKING_ENDING
        .matcher(simplified)
        .region(Math.max(0, simplified.length() - ASKING_ENDING_LENGTH), simplified.length())
        .find();
  }

  /**
   * Whether the text is a request for an answer without a question mark ({@code Explain what X is},
   * {@code How to reverse a list}, {@code 介绍一下 Redis}, {@code … 설명해주세요}): a question word or a
   * request opens it and something follows (a lone {@code 介绍} is a topic, "Introduction"), or a
   * Japanese or Korean request ends it.
   */
  static boolean requests(String text) {
    String simplified = withoutLeadingTag(text);
    Matcher opening = ASKING_OPENING.matcher(simplified);
    return opening.lookingAt()
        ? !TextChars.isBlank(simplified.substring(opening.end()))
        : endsWithRequest(simplified);
  }

  /**
   * Whether the text asks, then goes on past its question mark with a request: {@code What is the
   * Shadow DOM? Explain why components need it}.
   */
  static boolean asksThenRequests(String text) {
    int mark = Math.max(text.lastIndexOf('?'), text.lastIndexOf('？'));
    return mark > 0 && asksWithoutQuestionMark(text.substring(mark + 1));
  }

  /** Whether a question is answered by yes or no, past a difficulty tag: {@code Did you …?}. */
  static boolean asksYesOrNo(String text) {
    String stripped = LEADING_TAG.matcher(text.strip()).replaceFirst("");
    return YES_NO.matcher(ChineseScript.simplified(stripped)).find();
  }

  /**
   * Whether the text opens with a date ({@code 2019-3-25 阿里一面}): after a number, it names an event,
   * such as an interview round, and asks nothing.
   */
  static boolean opensWithDate(String text) {
    return LEADING_DATE.matcher(text.strip()).lookingAt();
  }

  private static String stripDecoration(String text) {
    int end = text.length();
    while (end > 0) {
      int cp = text.codePointBefore(end);
      if (!(cp == '*' || cp == '_' || isDecoration(cp))) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return text.substring(0, end);
  }

  /** Whether a text opens with a question mark emoji, ❓ or ❔, as a marker. */
  static boolean opensWithQuestionEmoji(String text) {
    String stripped = text.strip();
    return !stripped.isEmpty()
        && (stripped.charAt(0) == '\u2753' || stripped.charAt(0) == '\u2754');
  }

  /** The length of the spaces, emoji and other symbols a text starts with ({@code 🔹 1. …}). */
  static int leadingDecoration(String text) {
    int start = 0;
    while (start < text.length() && isDecoration(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    return start;
  }

  private static boolean isDecoration(int cp) {
    return Character.isWhitespace(cp)
        || cp == '\u00a0'
        || Character.getType(cp) == Character.NON_SPACING_MARK
        || TextChars.isSymbol(cp);
  }
}
