package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Heading;
import io.github.qbanklint.core.document.TextChars;
import io.github.qbanklint.core.document.TextContent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Tells whether a file with no recognised question still looks like a bank (numbered headings,
 * question marks, placeholders, questions where no shape reads them: in the rows of a table without
 * question and answer columns, in block quotes, in numbered lists with the answers below the list,
 * above {@code <details>} labelled as their answers; a table of contents beside them), and which
 * shape came closest: so that an unrecognised bank is reported instead of passing as fully
 * answered. A README or a navigation page with links only does not look like a bank.
 */
final class BankLikeness {
  private static final Pattern HTML_BOLD_QUESTION =
      Pattern.compile("<(b|strong)\\b[^>]*>([^<]*)</\\1\\s*>", Pattern.CASE_INSENSITIVE);

  private static final Pattern QUESTION_CALLOUT =
      Pattern.compile("\\[!(?:question|faq|help|quiz)\\][+-]?", Pattern.CASE_INSENSITIVE);

  private final List<Heading> headings;
  private final List<NumberParser.Reading> readings;
  private final Blocks blocks;
  private final BlockKinds kinds;
  private final NumberParser parser;

  BankLikeness(
      NumberParser parser,
      List<Heading> headings,
      List<NumberParser.Reading> readings,
      Blocks blocks,
      BlockKinds kinds) {
    this.headings = headings;
    this.readings = readings;
    this.blocks = blocks;
    this.kinds = kinds;
    this.parser = parser;
  }

  Optional<BankModel.UnrecognisedBank> unrecognised(Optional<Toc> toc) {
    int[] numberedPerLevel = new int[7];
    int numbered = 0;
    int dated = 0;
    int questionMarks = 0;
    for (int i = 0; i < headings.size(); i++) {
      if (readings.get(i).number().isPresent() || readings.get(i).marker()) {
        numbered++;
        numberedPerLevel[headings.get(i).level()]++;
        dated += QuestionText.opensWithDate(readings.get(i).title()) ? 1 : 0;
      }
      questionMarks += QuestionText.endsWithQuestionMark(headings.get(i).text()) ? 1 : 0;
    }
    int boldQuestions = 0;
    int markerParagraphs = 0;
    int markerItems = 0;
    int placeholders = 0;
    int tableQuestions = 0;
    int quotedQuestions = 0;
    int htmlQuestions = 0;
    int definitionTerms = 0;
    int answerFolds = 0;
    for (Node block : blocks.all()) {
      if (block instanceof TableBlock table) {
        tableQuestions += questionRows(table);
      } else if (block instanceof BlockQuote quote) {
        quotedQuestions +=
            quote.getFirstChild() instanceof Paragraph p
                    && (isBoldQuestion(p) || startsWithMarker(p) || isQuestionCallout(p))
                ? 1
                : 0;
      } else if (block instanceof HtmlBlock html) {
        htmlQuestions += boldQuestions(html.getLiteral());
        answerFolds += DetailsElements.opensAnswer(html) ? 1 : 0;
      } else if (block instanceof Paragraph p && isBoldQuestion(p)) {
        boldQuestions++;
      } else if (block instanceof Paragraph p) {
        markerParagraphs += startsWithMarker(p) ? 1 : 0;
        definitionTerms += isDefinitionQuestion(p) ? 1 : 0;
      } else if (block instanceof ListBlock list) {
        // Questions and answers in list items (- **Q:** …, then **A:** … in the same item).
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
          markerItems += item.getFirstChild() instanceof Paragraph p && startsWithMarker(p) ? 1 : 0;
        }
      }
      placeholders += kinds.kind(block) == AnswerClassifier.Kind.PLACEHOLDER ? 1 : 0;
    }
    boolean tocWithEntries = toc.isPresent() && toc.get().entries().size() >= 3;
    List<String> evidence = new ArrayList<>();
    addIf(evidence, numbered >= 3, numbered + " numbered headings" + namingADate(numbered, dated));
    addIf(evidence, questionMarks >= 2, questionMarks + " headings ending in a question mark");
    addIf(
        evidence,
        boldQuestions >= 1,
        counted(boldQuestions, "bold paragraph", "bold paragraphs") + " ending in a question mark");
    addIf(
        evidence,
        markerParagraphs >= 2,
        markerParagraphs + " plain paragraphs starting with a question marker");
    addIf(evidence, markerItems >= 2, markerItems + " list items starting with a question marker");
    addIf(evidence, placeholders >= 2, placeholders + " placeholder answers");
    List<Misplaced> misplaced =
        misplaced(tableQuestions, quotedQuestions, htmlQuestions, definitionTerms, answerFolds);
    misplaced.forEach(m -> addIf(evidence, m.counts(), m.evidence()));
    if (evidence.isEmpty()) {
      return Optional.empty();
    }
    if (tocWithEntries) {
      evidence.add(0, "a table of contents");
    }
    int otherSignals = Math.max(numbered, Math.max(questionMarks, boldQuestions));
    Optional<Misplaced> dominant =
        misplaced.stream()
            .filter(m -> m.counts() && m.count() > otherSignals)
            .max(Comparator.comparingInt(Misplaced::count));
    if (dominant.isPresent()) {
      return Optional.of(
          new BankModel.UnrecognisedBank(
              firstLine(),
              dominant.get().closest(),
              String.join(", ", evidence),
              dominant.get().hint()));
    }
    return Optional.of(
        closest(
            numbered,
            dated,
            numberedPerLevel,
            questionMarks,
            new Paragraphs(boldQuestions, markerParagraphs, markerItems),
            evidence));
  }

  /**
   * Whether the file keeps the answers of its list questions apart: below the lists or under a
   * heading naming the answers. Its lists of open questions are then not read as unanswered: the
   * file is reported as a bank written where no shape reads it.
   */
  boolean answersApart() {
    return unnestedListQuestions() > 0 || answerKeyQuestions() > 0;
  }

  /** The questions of the file written where no shape reads them, of each kind. */
  private List<Misplaced> misplaced(
      int tableQuestions,
      int quotedQuestions,
      int htmlQuestions,
      int definitionTerms,
      int answerFolds) {
    int unpairedLabels = unpairedQuestionLabels();
    int emptySlots = emptyAnswerSlots();
    int unnested = unnestedListQuestions();
    int keyed = answerKeyQuestions();
    int open = keyed > 0 ? 0 : openListQuestions();
    return List.of(
        new Misplaced(
            unpairedLabels,
            1,
            counted(unpairedLabels, "heading", "headings")
                + " naming the question under it with no heading naming its answer",
            QuestionShape.HEADING_MARKER,
            "a heading that only names the question under it ('## 面试题', '## 题目') is read"
                + " with a heading at its level that names the answer after it ('## 面试题剖析',"
                + " '## 参考答案', '## Answer'): add one over each answer, or make each question"
                + " its own heading"),
        new Misplaced(
            emptySlots,
            2,
            emptySlots + " headings naming a numbered answer ('Answer 1.') with nothing under them",
            QuestionShape.HEADING_MARKER,
            "an answer sheet kept apart from its questions ('# Answer 1.' over nothing) is not"
                + " matched with them: write each answer under its heading, or write the"
                + " questions and their answers in one file ('## Question 1. …?' with the answer"
                + " under it)"),
        new Misplaced(
            tableQuestions,
            2,
            tableQuestions + " table rows asking a question",
            QuestionShape.TABLE_ROW,
            "a table is read when its header names a question column and an answer column"
                + " ('| Question | Answer |', '| 问题 | 答案 |'): name them so, or write each"
                + " question as a heading or a wholly bold paragraph ('**Q1: …?**') with its"
                + " answer under it"),
        new Misplaced(
            quotedQuestions,
            2,
            quotedQuestions + " questions inside block quotes",
            QuestionShape.BOLD_PARAGRAPH,
            "write each question outside its block quote (> …, also an Obsidian callout such as"
                + " '> [!question] …', which GitHub shows as a plain quote), as a heading or a"
                + " top-level bold paragraph; its answer may stay quoted below it"),
        new Misplaced(
            htmlQuestions,
            2,
            htmlQuestions + " bold questions inside HTML blocks",
            QuestionShape.BOLD_PARAGRAPH,
            "questions are read in Markdown, and in HTML only as headings (<h3>) or <details>"
                + " summaries: write each as a Markdown heading or bold paragraph ('**What is"
                + " X?**', outside the HTML block), or its tag as <h3>"),
        new Misplaced(
            answerFolds,
            1,
            counted(answerFolds, "<details> block", "<details> blocks")
                + " whose summary labels the answer, with no question read above",
            QuestionShape.HEADING_MARKER,
            "a <details> labelled as the answer ('Answer', '답변', '查看答案') answers the question"
                + " written above it: write that question as a heading that starts with a marker"
                + " ('### Q1: …', '## 질문) …', '### 问题1：…') or ends in a question mark, or as a"
                + " wholly bold paragraph ('**What is X?**'), or set conventions.questionPatterns"
                + " to the way the questions start"),
        new Misplaced(
            definitionTerms,
            2,
            definitionTerms + " definition-list terms asking a question",
            QuestionShape.BOLD_PARAGRAPH,
            "a definition list (a question, then ': its answer' on the next line) is not"
                + " CommonMark, and GitHub shows each as one paragraph: write each question as a"
                + " heading or a wholly bold paragraph ('**What is X?**') with its answer below"
                + " it, after a blank line"),
        new Misplaced(
            unnested,
            2,
            unnested + " numbered list items ending in a question mark, answered below the list",
            QuestionShape.LIST_ITEM_QUESTION,
            "indent each answer under its list item (as far as the item's text: 3 spaces"
                + " after '1. '), so that the answer belongs to the question"),
        new Misplaced(
            keyed,
            2,
            keyed + " numbered list items asking a question, above a heading naming the answers",
            QuestionShape.LIST_ITEM_QUESTION,
            "an answer key apart ('## Answers', '## 参考答案') answers list items by their"
                + " numbers, and this one numbers fewer than two of them: write its entries as a"
                + " numbered list ('1. …', '2. …') in the order of the questions, or indent each"
                + " answer under its question's list item (as far as the item's text: 3 spaces"
                + " after '1. ')"),
        new Misplaced(
            open,
            2,
            open + " list items asking a question, with no answer under any",
            QuestionShape.LIST_ITEM_QUESTION,
            "a list item is a question when its answer is indented under it or on its next"
                + " line; write the answers so, or, for a list of questions kept without answers,"
                + " leave the file out of the check with 'exclude'"));
  }

  /**
   * Questions written where no shape reads them, and how to write them so that one does.
   *
   * @param count how many
   * @param minimum how many make a bank
   * @param evidence how many and what they are
   * @param closest the shape they would take
   * @param hint what to change
   */
  private record Misplaced(
      int count, int minimum, String evidence, QuestionShape closest, String hint) {
    boolean counts() {
      return count >= minimum;
    }
  }

  /**
   * Headings that name an interview question ({@code ## 面试题}) over a paragraph that asks it: in a
   * file with no question, none is followed by a heading naming its answer. One makes a bank: such
   * banks keep one question per file.
   */
  private int unpairedQuestionLabels() {
    int count = 0;
    for (int i = 0; i < headings.size(); i++) {
      int below = blocks.headingBlock(i) + 1;
      if (QuestionLabels.labelsInterviewQuestion(headings.get(i).text())
          && below < blocks.all().size()
          && !blocks.startsHeading(below)
          && blocks.all().get(below) instanceof Paragraph p
          && asksByQuestionMark(p)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Headings naming a numbered answer ({@code # Answer 1.}, {@code ## 答案 2}) with nothing under
   * them but sub-headings without text, filler and placeholders, up to the next heading at their
   * level or above: the empty slots of an answer sheet whose questions are in another file.
   */
  private int emptyAnswerSlots() {
    int count = 0;
    for (int i = 0; i < headings.size(); i++) {
      if (AnswerKeys.namesNumberedAnswer(headings.get(i).text()) && holdsNoAnswer(i)) {
        count++;
      }
    }
    return count;
  }

  private boolean holdsNoAnswer(int heading) {
    int level = headings.get(heading).level();
    int next = heading + 1;
    while (next < headings.size() && headings.get(next).level() > level) {
      next++;
    }
    int end = next < headings.size() ? blocks.headingBlock(next) : blocks.all().size();
    for (int b = blocks.headingBlock(heading) + 1; b < end; b++) {
      Node block = blocks.all().get(b);
      AnswerClassifier.Kind kind = kinds.kind(block);
      boolean emptyHeading =
          kind == AnswerClassifier.Kind.HEADING && TextChars.isBlank(TextContent.of(block));
      if (!emptyHeading
          && kind != AnswerClassifier.Kind.FILLER
          && kind != AnswerClassifier.Kind.PLACEHOLDER) {
        return false;
      }
    }
    return true;
  }

  /**
   * Items of numbered lists that end in a question mark with nothing nested under them, in lists
   * followed by a block that is neither a list nor a heading: answers written below the list
   * instead of indented under the item (CommonMark ends the list there). Counted only when at least
   * two lists are followed so, so that one list of questions in a README is no bank.
   */
  private int unnestedListQuestions() {
    List<Node> all = blocks.all();
    int items = 0;
    int answeredBelow = 0;
    for (int b = 0; b < all.size(); b++) {
      if (all.get(b) instanceof OrderedList list) {
        int questions = openQuestions(list);
        items += questions;
        answeredBelow += questions > 0 && blockBelow(b) ? 1 : 0;
      }
    }
    return answeredBelow >= 2 ? items : 0;
  }

  /**
   * Items of numbered lists that end in a question mark with nothing under them, above the first
   * heading that names the answers ({@code ## Answers}, {@code ## Answer key}, {@code ## 参考答案}): a
   * quiz with its answer key apart, read only when the key numbers its entries as the items are.
   */
  private int answerKeyQuestions() {
    int key = -1;
    for (int i = 0; i < headings.size() && key < 0; i++) {
      String text = headings.get(i).text();
      key =
          AnswerLabels.labelsHeading(text) || AnswerLabels.namesKey(text)
              ? blocks.headingBlock(i)
              : -1;
    }
    int items = 0;
    for (int b = 0; b < key; b++) {
      items += blocks.all().get(b) instanceof OrderedList list ? openQuestions(list) : 0;
    }
    return items;
  }

  /**
   * Items of lists that end in a question mark with nothing under them, in lists that are not
   * answered below (those are {@link #unnestedListQuestions}'s): lists of open questions, such as a
   * bank of questions kept without answers. Counted when two or more such lists hold eight or more,
   * so that one list of questions in a README is no bank.
   */
  private int openListQuestions() {
    List<Node> all = blocks.all();
    int items = 0;
    int lists = 0;
    for (int b = 0; b < all.size(); b++) {
      if (all.get(b) instanceof ListBlock list && !(list instanceof OrderedList && blockBelow(b))) {
        int questions = openQuestions(list);
        items += questions >= 2 ? questions : 0;
        lists += questions >= 2 ? 1 : 0;
      }
    }
    return lists >= 2 && items >= 8 ? items : 0;
  }

  /** Whether blocks hold a numbered list of two or more questions with nothing under them. */
  static boolean holdsQuestionList(List<Node> blocks) {
    for (Node block : blocks) {
      if (block instanceof OrderedList list && openQuestions(list) >= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many items of a list end in a question mark with nothing under them; 0 when any such item
   * has something under it (the list holds its answers).
   */
  private static int openQuestions(ListBlock list) {
    int questions = 0;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (item.getFirstChild() instanceof Paragraph p && asksByQuestionMark(p)) {
        if (p.getNext() != null) {
          return 0;
        }
        questions++;
      }
    }
    return questions;
  }

  /** Whether the block after block {@code b} is neither a list nor a heading. */
  private boolean blockBelow(int b) {
    List<Node> all = blocks.all();
    return b + 1 < all.size()
        && !(all.get(b + 1) instanceof ListBlock)
        && !blocks.startsHeading(b + 1);
  }

  /** The bold runs of an HTML block that ask: {@code <p><b>1. What is X?</b></p>}. */
  private static int boldQuestions(String html) {
    int count = 0;
    for (Matcher m = HTML_BOLD_QUESTION.matcher(html); m.find(); ) {
      count += QuestionText.endsWithQuestionMark(m.group(2)) ? 1 : 0;
    }
    return count;
  }

  /** A paragraph ending in a question mark that is not only a link (a table of contents' entry). */
  private static boolean asksByQuestionMark(Paragraph paragraph) {
    Node first = paragraph.getFirstChild();
    return first != null
        && !(first instanceof Link && first.getNext() == null)
        && QuestionText.endsWithQuestionMark(TextContent.of(paragraph).strip());
  }

  /**
   * Whether a paragraph is a term of a definition list asking a question (Pandoc's and PHP Markdown
   * Extra's {@code What is X?} over {@code : It is …}), which CommonMark reads as one paragraph.
   */
  private static boolean isDefinitionQuestion(Paragraph paragraph) {
    ParagraphLines lines = ParagraphLines.of(paragraph);
    if (lines.count() < 2) {
      return false;
    }
    String definition = lines.text(1, 2).strip();
    return (definition.equals(":") || definition.startsWith(": ")) && lines.asks(0);
  }

  /**
   * Whether a quoted paragraph opens an Obsidian callout of a question ({@code > [!question] What
   * is X?}, {@code [!faq]-}, {@code [!help]}, {@code [!quiz]}), which no shape reads.
   */
  private static boolean isQuestionCallout(Paragraph paragraph) {
    return paragraph.getFirstChild() instanceof Text text
        && QUESTION_CALLOUT.matcher(text.getLiteral()).lookingAt();
  }

  private static boolean isBoldQuestion(Paragraph paragraph) {
    return paragraph.getFirstChild() instanceof StrongEmphasis strong
        && QuestionText.endsWithQuestionMark(TextContent.of(strong));
  }

  private boolean startsWithMarker(Paragraph paragraph) {
    return parser.read(TextContent.of(paragraph)).marker();
  }

  /**
   * The rows of a table's body with a cell that asks a question (ends in a question mark or starts
   * with a marker); a cell that is only a link is a navigation entry, not a question.
   */
  private int questionRows(TableBlock table) {
    int rows = 0;
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      if (!(part instanceof TableBody)) {
        continue;
      }
      for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (asksQuestion(cell)) {
            rows++;
            break;
          }
        }
      }
    }
    return rows;
  }

  private boolean asksQuestion(Node cell) {
    Node first = cell.getFirstChild();
    if (first == null || (first instanceof Link && first.getNext() == null)) {
      return false;
    }
    String text = TextContent.of(cell).strip();
    return parser.asks(text);
  }

  /** How many of the file's numbered headings name a date: events, such as interview rounds. */
  private static String namingADate(int numbered, int dated) {
    if (dated == 0) {
      return "";
    }
    return dated == numbered ? " naming a date" : " of which " + dated + " name a date";
  }

  private int firstLine() {
    return headings.isEmpty() ? 1 : headings.get(0).line();
  }

  /**
   * Paragraphs that look like questions: bold ones, plain ones opening with a marker, and list
   * items opening with a marker.
   */
  private record Paragraphs(int bold, int marked, int items) {
    int all() {
      return bold + marked + items;
    }
  }

  private BankModel.UnrecognisedBank closest(
      int numbered,
      int dated,
      int[] numberedPerLevel,
      int questionMarks,
      Paragraphs paragraphs,
      List<String> evidence) {
    String because = String.join(", ", evidence);
    int line = firstLine();
    if (numbered >= questionMarks && numbered >= paragraphs.all() && numbered > 0) {
      int level = 1;
      for (int l = 2; l <= 6; l++) {
        level = numberedPerLevel[l] >= numberedPerLevel[level] ? l : level;
      }
      if (2 * dated > numbered) {
        return new BankModel.UnrecognisedBank(
            line,
            QuestionShape.HEADING_NUMBERED,
            because,
            "a numbered heading naming a date ('1. 2019-3-25 一面') records an interview round,"
                + " and the topics listed under it ask nothing; write each question asked as a"
                + " heading or list item ending in a question mark, its answer under it, and check"
                + " conventions.shapes");
      }
      return new BankModel.UnrecognisedBank(
          line,
          QuestionShape.HEADING_NUMBERED,
          because,
          "set conventions.questionLevels: ["
              + level
              + "] to make every level-"
              + level
              + " heading a question");
    }
    if (paragraphs.items() > paragraphs.bold() + paragraphs.marked()
        && paragraphs.items() > questionMarks) {
      return new BankModel.UnrecognisedBank(
          line,
          QuestionShape.LIST_ITEM_QUESTION,
          because,
          "a list item opening with a question marker ('- Q1: …') is a question when it ends in a"
              + " question mark or its answer opens with a label ('A: …') on the next line,"
              + " indented under the item; write them so, or make each question a heading, and"
              + " check conventions.shapes");
    }
    if (paragraphs.marked() > paragraphs.bold() && paragraphs.marked() > questionMarks) {
      return new BankModel.UnrecognisedBank(
          line,
          QuestionShape.MARKER_PARAGRAPH,
          because,
          "a paragraph opening with a question marker ('Q1: …', '问题1：…') is a question when it"
              + " ends in a question mark or its answer opens with a label ('A: …', '答：…', on"
              + " the next line or in the next paragraph), at least two in the file; write them"
              + " so, or make each question a heading, and check conventions.shapes");
    }
    if (paragraphs.all() > questionMarks) {
      return new BankModel.UnrecognisedBank(
          line,
          QuestionShape.BOLD_PARAGRAPH,
          because,
          "write each question as a paragraph of its own, wholly bold ('**Q1: …?**') or"
              + " opening with a bold marker ('**Q1:** …'), its answer in the paragraphs after it"
              + " (at least two such questions in the file), or as a heading, and check"
              + " conventions.shapes");
    }
    return new BankModel.UnrecognisedBank(
        line,
        questionMarks > 0 ? QuestionShape.HEADING_QUESTION_MARK : QuestionShape.HEADING_LEAF,
        because,
        "set conventions.questionLevels to the heading levels of the questions, or"
            + " conventions.questionPatterns to the way they start");
  }

  private static String counted(int count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }

  private static void addIf(List<String> evidence, boolean condition, String text) {
    if (condition) {
      evidence.add(text);
    }
  }
}
