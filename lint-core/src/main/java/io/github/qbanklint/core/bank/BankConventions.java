package io.github.qbanklint.core.bank;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a bank marks its table of contents, its questions and its unfinished answers. The defaults
 * recognise {@code 问题N：}, {@code Q:}/{@code Q1.}, {@code Question N}, Korean {@code 질문)}/{@code
 * 질문:}/{@code 질문 N} and Japanese {@code 質問：}, headings ending in {@code ?}/{@code ？}, and numbered
 * headings ({@code 1.2.3}) at the question level.
 *
 * @param tocHeadings heading texts that introduce a table of contents (compared case-insensitively)
 * @param questionPatterns regexes matched at the start of a heading's text; a named group {@code
 *     number} captures the question number
 * @param questionMarkEndsQuestion whether a heading ending in {@code ?} or {@code ？} is a question
 * @param numberPattern regex for a leading number such as {@code 3}, {@code 3.} or {@code 1.2.3}
 * @param questionLevels heading levels whose headings are all questions; empty means detect
 * @param placeholders answer texts that mean "not written yet"
 * @param shapes the question shapes to detect; empty means all of them
 */
public record BankConventions(
    List<String> tocHeadings,
    List<String> questionPatterns,
    boolean questionMarkEndsQuestion,
    String numberPattern,
    List<Integer> questionLevels,
    List<String> placeholders,
    List<QuestionShape> shapes) {

  public static final List<String> DEFAULT_TOC_HEADINGS =
      List.of("目录", "目錄", "目次", "목차", "Contents", "Table of Contents", "TOC", "索引");
  public static final List<String> DEFAULT_QUESTION_PATTERNS =
      List.of(
          "问题\\s*(?<number>\\d+(?:\\.\\d+)*)",
          "题目\\s*(?<number>\\d+(?:\\.\\d+)*)",
          "面试题\\s*(?<number>\\d+(?:\\.\\d+)*)",
          "第\\s*(?<number>\\d+|[一二三四五六七八九十百两]+)\\s*题",
          "Q\\s*(?<number>\\d+)?\\s*[:：.．、)）]",
          "问\\s*[:：]",
          "Q\\s*[-–#]?\\s*(?<number>\\d+)\\b",
          "Ques(?:tion)?\\.?\\s*(?<number>\\d+)\\b",
          "Ques(?:tion)?(?:\\s*[:：]|\\.)",
          "질문\\s*(?<number>\\d+)?\\s*[:：)）]",
          "질문\\s*(?<number>\\d+)\\b",
          "質問\\s*(?<number>\\d+)?\\s*[:：]");
  public static final String DEFAULT_NUMBER_PATTERN =
      "(?<number>\\d++(?:\\.\\d++)*+)(?:[.、．:：)）]|\\s)";
  public static final List<String> DEFAULT_PLACEHOLDERS =
      List.of(
          "TODO",
          "TBD",
          "TBA",
          "FIXME",
          "WIP",
          "待补充",
          "待完善",
          "待更新",
          "待续",
          "答案待补充",
          "暂无",
          "暂无答案",
          "Answer here",
          "Your answer here",
          "Answer goes here",
          "TODO: answer",
          "Coming soon",
          "To be added",
          "略",
          "...",
          "…");

  public BankConventions {
    tocHeadings = List.copyOf(tocHeadings);
    questionPatterns = List.copyOf(questionPatterns);
    questionLevels = List.copyOf(questionLevels);
    placeholders = List.copyOf(placeholders);
    shapes = List.copyOf(shapes);
    questionPatterns.forEach(Pattern::compile);
    Pattern.compile(numberPattern);
  }

  public static BankConventions defaults() {
    return new BankConventions(
        DEFAULT_TOC_HEADINGS,
        DEFAULT_QUESTION_PATTERNS,
        true,
        DEFAULT_NUMBER_PATTERN,
        List.of(),
        DEFAULT_PLACEHOLDERS,
        List.of());
  }

  /** The shapes detection may choose from. */
  public Set<QuestionShape> enabledShapes() {
    return shapes.isEmpty() ? EnumSet.allOf(QuestionShape.class) : EnumSet.copyOf(shapes);
  }
}
