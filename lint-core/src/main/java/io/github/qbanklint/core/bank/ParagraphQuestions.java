package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.TextContent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Finds questions that are not headings among a document's top-level blocks: wholly bold paragraphs
 * ending in a question mark, paragraphs starting with a bold number, list items ending in a
 * question mark with the answer nested under them, {@code <details>} and boxes whose title asks.
 */
final class ParagraphQuestions {
  /** What may follow a bold question: a difficulty tag or emoji, nothing that reads as text. */
  private static final Pattern TRAILING_TAG =
      Pattern.compile(
          "\\s*(?:\\([^()]{0,16}\\)|（[^（）]{0,16}）|\\[[^\\[\\]]{0,16}]|【[^【】]{0,16}】|[\\p{So}\\p{Sk}\\uFE0F\\s])*");

  private static final Pattern HTML_BOLD_OPEN =
      Pattern.compile("<(b|strong)\\s*>", Pattern.CASE_INSENSITIVE);

  /**
   * A task's bold number ({@code **1)**}, {@code **2.**}), or its number and a short title with a
   * closing parenthesis ({@code **1) FizzBuzz.**}); {@code **1. Install**} over a step stays a
   * step.
   */
  private static final Pattern BOLD_NUMBER =
      Pattern.compile("\\d{1,4}\\s*(?:[.)、）．:：]?|[)）]\\s*[^\\s?？].{0,80})");

  /**
   * A question found among blocks.
   *
   * @param block the index of its top-level block
   * @param node the paragraph, or the list item
   * @param text its shown text
   * @param answer its answer's blocks, for a list item or a {@code <details>} (a paragraph's answer
   *     is the blocks after it, found by the builder)
   * @param answerLines the lines of a paragraph below its question, where the answer starts
   * @param keyNumber the number an answer key apart answers it by, when its text holds none: a list
   *     item's number in a numbered list of questions above a key
   */
  record Found(
      int block,
      Node node,
      QuestionShape shape,
      String text,
      Optional<List<Node>> answer,
      Optional<AnswerLines> answerLines,
      Optional<SequenceNumber> keyNumber) {

    Found(
        int block,
        Node node,
        QuestionShape shape,
        String text,
        Optional<List<Node>> answer,
        Optional<AnswerLines> answerLines) {
      this(block, node, shape, text, answer, answerLines, Optional.empty());
    }
  }

  private final NumberParser parser;
  private final Set<QuestionShape> shapes;
  private final ListQuestions lists;

  ParagraphQuestions(NumberParser parser, Set<QuestionShape> shapes) {
    this.parser = parser;
    this.shapes = shapes;
    this.lists = new ListQuestions(parser);
  }

  /**
   * The questions among {@code blocks}, skipping those where {@code skip} is set.
   *
   * @param keys the answer keys apart: a numbered list of questions above one that answers lists is
   *     answered by it
   * @param openLists whether lists of open questions may be read: in a file where no heading is a
   *     question and no answer is kept apart from its list question
   */
  List<Found> find(List<Node> blocks, boolean[] skip, AnswerKeys keys, boolean openLists) {
    List<Found> keyedItems = new ArrayList<>();
    List<Found> bold = new ArrayList<>();
    List<Found> numbered = new ArrayList<>();
    List<ListQuestions.QuestionList> questionLists = new ArrayList<>();
    List<Found> details = new ArrayList<>();
    List<Found> collapsibleBoxes = new ArrayList<>();
    List<Found> boxes = new ArrayList<>();
    List<Found> marked = new ArrayList<>();
    List<Found> rows = new ArrayList<>();
    List<Found> answeredByDetails = new ArrayList<>();
    List<Integer> otherLists = new ArrayList<>();
    boolean detailsAsk = anyDetailsAsks(blocks, skip);
    for (int i = 0; i < blocks.size(); i++) {
      if (skip[i]) {
        continue;
      }
      Node block = blocks.get(i);
      if (block instanceof HtmlBlock html && shapes.contains(QuestionShape.DETAILS_SUMMARY)) {
        Optional<Found> found = detailsQuestion(i, html, blocks, detailsAsk);
        if (found.isPresent()) {
          details.add(found.get());
          i += found.get().answer().orElseThrow().size() - 1;
        }
      } else if (block instanceof Paragraph p) {
        Optional<Node> htmlBoldEnd = htmlBoldEnd(p);
        if (p.getFirstChild() instanceof StrongEmphasis strong) {
          paragraphQuestion(i, blocks, strong, TextContent.of(strong).strip(), bold, numbered);
        } else if (htmlBoldEnd.isPresent()) {
          String boldText =
              ParagraphLines.textBetween(p.getFirstChild().getNext(), htmlBoldEnd.get()).strip();
          paragraphQuestion(i, blocks, htmlBoldEnd.get(), boldText, bold, numbered);
        } else {
          Optional<Found> box =
              shapes.contains(QuestionShape.DETAILS_SUMMARY)
                  ? boxQuestion(i, p, blocks)
                  : Optional.empty();
          if (box.isPresent()) {
            (opensCollapsible(p) ? collapsibleBoxes : boxes).add(box.get());
            i += box.get().answer().orElseThrow().size();
          } else {
            markerQuestion(i, p, blocks, marked);
          }
        }
      } else if (block instanceof ListBlock list) {
        List<Found> keyed =
            list instanceof OrderedList ordered
                    && keys.keyOf(Document.startOffset(list))
                        .filter(AnswerKeys.Key::answersLists)
                        .isPresent()
                ? lists.keyedItems(i, ordered)
                : List.of();
        if (!keyed.isEmpty()) {
          keyedItems.addAll(keyed);
          continue;
        }
        List<Node> answerBelow =
            i + 1 < blocks.size() && !skip[i + 1] && DetailsElements.opensAnswer(blocks.get(i + 1))
                ? detailsElement(i + 1, blocks)
                : List.of();
        List<Found> asking =
            answerBelow.isEmpty() ? List.of() : lists.askingItems(i, list, answerBelow);
        // The list's last item takes the <details> as its answer when nothing is nested under it.
        if (!asking.isEmpty()
            && asking.get(asking.size() - 1).answer().orElseThrow() == answerBelow) {
          answeredByDetails.addAll(asking);
          i += answerBelow.size();
          continue;
        }
        questionLists.addAll(lists.read(i, list));
        otherLists.add(i);
      } else if (block instanceof TableBlock table && shapes.contains(QuestionShape.TABLE_ROW)) {
        rows.addAll(TableQuestions.find(i, table));
      }
    }
    List<Found> found = new ArrayList<>();
    if ((bold.size() >= 2 || bold.size() == 1 && isMarkedPair(bold.get(0), blocks))
        && shapes.contains(QuestionShape.BOLD_PARAGRAPH)) {
      found.addAll(bold);
    }
    if (numbered.size() >= 2 && shapes.contains(QuestionShape.NUMBERED_BOLD)) {
      found.addAll(numbered);
    }
    if (marked.size() >= 2 && shapes.contains(QuestionShape.MARKER_PARAGRAPH)) {
      found.addAll(marked);
    }
    // A box that does not fold away is read as a question only beside another: a page may title
    // one tip with a question.
    found.addAll(collapsibleBoxes);
    if (collapsibleBoxes.size() + boxes.size() >= 2) {
      found.addAll(boxes);
    }
    found.addAll(details);
    found.addAll(rows);
    if (shapes.contains(QuestionShape.LIST_ITEM_QUESTION)) {
      found.addAll(keyedItems);
      Set<Integer> askingLists = new HashSet<>();
      if (!answeredByDetails.isEmpty()) {
        // Beside items answered by the <details> after their list, every list whose items all ask
        // is read alike: an item with nothing under it and no <details> after it is unanswered.
        found.addAll(answeredByDetails);
        for (int i : otherLists) {
          List<Found> items = lists.askingItems(i, (ListBlock) blocks.get(i), List.of());
          found.addAll(items);
          if (!items.isEmpty()) {
            askingLists.add(i);
          }
        }
      }
      for (Found item : listItems(questionLists, openLists && found.isEmpty())) {
        if (!askingLists.contains(item.block())) {
          found.add(item);
        }
      }
    }
    found.sort(
        Comparator.comparingInt(Found::block)
            .thenComparingInt(f -> Document.startOffset(f.node())));
    return found;
  }

  /**
   * Whether a bold question opens with a question marker and its answer with an answer label, on a
   * line of its paragraph or opening a paragraph after it ({@code **问：**} over {@code **答：**}): a
   * pair no other text makes, read even as a file's only question.
   */
  private boolean isMarkedPair(Found question, List<Node> blocks) {
    Paragraph p = (Paragraph) question.node();
    if (!parser.read(TextContent.of(p.getFirstChild()).strip()).marker()) {
      return false;
    }
    if (question.answerLines().isPresent()) {
      return AnswerClassifier.opensWithAnswerLabel(question.answerLines().get().text().strip());
    }
    return labelledAnswerFollows(blocks, question.block());
  }

  /**
   * The questions of the lists that are read: a list with its answers; where open lists may be read
   * (no other question in the file) and the list questions are mostly open, every list of
   * questions, when one of them asks three at least by a question mark or one list is read for its
   * answers, so that the lists of one file are read alike. A list of open questions beside answered
   * questions (questions to ask the interviewer, a project's open questions) is no part of the
   * bank.
   */
  private static List<Found> listItems(
      List<ListQuestions.QuestionList> questionLists, boolean openLists) {
    int questions = 0;
    int answered = 0;
    boolean readsOpenLists = false;
    for (ListQuestions.QuestionList list : questionLists) {
      if (list.answered()) {
        questions += list.questions().size();
        answered += list.withAnswers();
      }
      readsOpenLists |= list.readAlone();
    }
    readsOpenLists &= openLists && (questions == 0 || answered * 2 < questions);
    List<Found> items = new ArrayList<>();
    for (ListQuestions.QuestionList list : questionLists) {
      if (list.answered() || readsOpenLists && list.ofQuestions()) {
        items.addAll(list.questions());
      }
    }
    return items;
  }

  /**
   * A paragraph that opens with a bold run, {@code **…**} or {@code <b>…</b>}: a question when the
   * run asks, with what may follow it on its line.
   *
   * @param boldEnd the run's last node: the {@code StrongEmphasis}, or the closing tag
   * @param boldText the run's shown text
   */
  private void paragraphQuestion(
      int index,
      List<Node> blocks,
      Node boldEnd,
      String boldText,
      List<Found> bold,
      List<Found> numbered) {
    Paragraph p = (Paragraph) blocks.get(index);
    ParagraphLines lines = ParagraphLines.of(p);
    String after = lines.plainTextAfter(boldEnd);
    boolean asks = parser.asks(boldText);
    // A bold label alone on its line (**问：**) has its question on the lines below it.
    boolean labelOverLines = lines.count() > 1 && isLabel(boldText);
    if (after != null && TRAILING_TAG.matcher(after).matches() && !labelOverLines) {
      if (asks) {
        // A tag alone on the lines below (**What is X?**, then (easy)) is no answer.
        boolean tagBelow =
            lines.count() > 1 && TRAILING_TAG.matcher(lines.text(1, lines.count())).matches();
        int questionLines = tagBelow ? lines.count() : 1;
        bold.add(found(index, p, QuestionShape.BOLD_PARAGRAPH, boldText, lines, questionLines));
      }
      return;
    }
    Node label = boldEnd.getNext();
    while (label instanceof Text t && t.getLiteral().isBlank()) {
      label = label.getNext();
    }
    if (asks
        && label != null
        && AnswerClassifier.opensWithAnswerLabel(TextContent.of(label).strip())) {
      // The answer on the question's own line: **Q1: What is X?** A: …
      bold.add(answeredOnItsLine(index, p, QuestionShape.BOLD_PARAGRAPH, boldText, label));
      return;
    }
    Optional<Node> labelOnLine = lines.emphasisedLabelAfter(boldEnd);
    if (isLabel(boldText) && labelOnLine.isPresent()) {
      // **Q:** What is …? **A:** … on one line.
      String question = lines.textBefore(labelOnLine.get()).strip();
      if (question.length() > boldText.length()) {
        bold.add(
            answeredOnItsLine(index, p, QuestionShape.BOLD_PARAGRAPH, question, labelOnLine.get()));
      }
      return;
    }
    int questionLines = lines.questionLines();
    if (labelOverLines && questionLines == 0 && labelledAnswerFollows(blocks, index)) {
      questionLines = lines.count();
    }
    if (isLabel(boldText) && (questionLines > 0 || lines.count() == 1)) {
      // A bold label and the question (**Q:** What is …?, **问：** 什么是…？), the answer on the
      // lines below it or in the paragraphs after it.
      int questionEnd = Math.max(questionLines, 1);
      String question = lines.text(0, questionEnd).strip();
      if (question.length() > boldText.length()) {
        bold.add(found(index, p, QuestionShape.BOLD_PARAGRAPH, question, lines, questionEnd));
      }
      return;
    }
    if (BOLD_NUMBER.matcher(boldText).matches() && !TextContent.of(p).strip().equals(boldText)) {
      int questionEnd = questionLines > 0 ? questionLines : lines.count();
      String task = lines.text(0, questionEnd).strip();
      numbered.add(found(index, p, QuestionShape.NUMBERED_BOLD, task, lines, questionEnd));
    }
  }

  /**
   * The closing tag of a {@code <b>} or {@code <strong>} element that opens a paragraph, on its
   * first line: HTML bold, as some banks write their questions ({@code <b>1. What is X?</b><br>}).
   */
  private static Optional<Node> htmlBoldEnd(Paragraph p) {
    if (!(p.getFirstChild() instanceof HtmlInline open)) {
      return Optional.empty();
    }
    Matcher tag = HTML_BOLD_OPEN.matcher(open.getLiteral());
    if (!tag.matches()) {
      return Optional.empty();
    }
    String close = "</" + tag.group(1) + ">";
    for (Node n = open.getNext();
        n != null && !(n instanceof SoftLineBreak) && !(n instanceof HardLineBreak);
        n = n.getNext()) {
      if (n instanceof HtmlInline html && html.getLiteral().equalsIgnoreCase(close)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  /**
   * A plain paragraph opening with a question marker ({@code Q: What is …?}, {@code 问题3：…？}) that
   * asks: its question ends in a question mark, or an answer label ({@code A:}, {@code 答：}) opens a
   * line below it or the next block. A marker alone is not enough: {@code Q1 revenue grew} is no
   * question. A sequence number that CommonMark does not read as a list ({@code 1、什么是 JVM？}, {@code
   * 3：…？}) marks a question the same way.
   */
  private void markerQuestion(int index, Paragraph p, List<Node> blocks, List<Found> marked) {
    ParagraphLines lines = ParagraphLines.of(p);
    if (!opensWithMarker(lines.text(0, 1).strip())) {
      return;
    }
    Optional<Node> labelOnLine = lines.emphasisedLabelAfter(p.getFirstChild());
    if (labelOnLine.isPresent()) {
      // Q: What is …? **A:** … on one line.
      String question = lines.textBefore(labelOnLine.get()).strip();
      if (!parser.read(question).title().isEmpty()) {
        marked.add(
            answeredOnItsLine(
                index, p, QuestionShape.MARKER_PARAGRAPH, question, labelOnLine.get()));
      }
      return;
    }
    int questionEnd = lines.questionLines();
    if (questionEnd == 0 && lines.count() == 1 && labelledAnswerFollows(blocks, index)) {
      questionEnd = 1;
    }
    if (questionEnd == 0) {
      return;
    }
    String question = lines.text(0, questionEnd).strip();
    if (!parser.read(question).title().isEmpty()) {
      marked.add(found(index, p, QuestionShape.MARKER_PARAGRAPH, question, lines, questionEnd));
    }
  }

  /**
   * Whether a paragraph after the one at {@code index} opens with an answer label, before the next
   * heading or paragraph opening with a question marker.
   */
  private boolean labelledAnswerFollows(List<Node> blocks, int index) {
    for (int b = index + 1; b < blocks.size() && !(blocks.get(b) instanceof Heading); b++) {
      if (blocks.get(b) instanceof Paragraph p) {
        if (AnswerClassifier.opensWithAnswerLabel(TextContent.of(p).strip())) {
          return true;
        }
        if (opensWithMarker(ParagraphLines.of(p).text(0, 1).strip())) {
          return false;
        }
      }
    }
    return false;
  }

  /**
   * Whether a paragraph's first line opens with a question marker, a question's number or a
   * question mark emoji ({@code ❓ What is X?}).
   */
  private boolean opensWithMarker(String firstLine) {
    NumberParser.Reading reading = parser.read(firstLine);
    return reading.marker()
        || reading.number().isPresent() && !reading.chapterStyle()
        || QuestionText.opensWithQuestionEmoji(firstLine);
  }

  /**
   * A paragraph question that takes its first {@code questionLines} lines; the lines after them
   * start the answer.
   */
  private static Found found(
      int index,
      Paragraph p,
      QuestionShape shape,
      String question,
      ParagraphLines lines,
      int questionLines) {
    return new Found(
        index, p, shape, question, Optional.empty(), lines.answerFrom(p, questionLines));
  }

  /** A paragraph question whose answer starts at {@code label}, on the question's own line. */
  private static Found answeredOnItsLine(
      int index, Paragraph p, QuestionShape shape, String question, Node label) {
    return new Found(
        index, p, shape, question, Optional.empty(), Optional.of(new AnswerLines(p, label)));
  }

  /** A question marker and nothing else: {@code Q:}, {@code Q3.}, {@code 问：}, {@code 问题3}. */
  private boolean isLabel(String boldText) {
    NumberParser.Reading reading = parser.read(boldText);
    return reading.marker() && reading.title().isEmpty();
  }

  /**
   * A {@code <details>} whose {@code <summary>} is a question: it asks (a question mark at its end,
   * or a marker), or, when another summary of the file asks so ({@code detailsAsk}), it is worded
   * as a question ({@link #wordedAsQuestion}). Its answer is the rest of the element, to the block
   * that closes it, the elements nested in it included.
   */
  private Optional<Found> detailsQuestion(
      int index, HtmlBlock html, List<Node> blocks, boolean detailsAsk) {
    Optional<String> opening = DetailsElements.summary(html);
    if (opening.isEmpty()) {
      return Optional.empty();
    }
    String summary = opening.get();
    if (!parser.asks(summary) && !(detailsAsk && wordedAsQuestion(summary))) {
      return Optional.empty();
    }
    return Optional.of(
        new Found(
            index,
            html,
            QuestionShape.DETAILS_SUMMARY,
            summary,
            Optional.of(detailsElement(index, blocks)),
            Optional.empty()));
  }

  /**
   * The blocks of the {@code <details>} element that the block at {@code index} opens, to the block
   * that closes it (the elements nested in it included).
   */
  private static List<Node> detailsElement(int index, List<Node> blocks) {
    int end = index;
    int depth = 0;
    for (; end < blocks.size(); end++) {
      DetailsElements.Tags tags = DetailsElements.tags(blocks.get(end));
      if (tags.closes(depth)) {
        break;
      }
      depth += tags.change();
    }
    return blocks.subList(index, Math.min(end + 1, blocks.size()));
  }

  /** Whether a {@code <details>} of the blocks, outside {@code skip}, has a summary that asks. */
  private boolean anyDetailsAsks(List<Node> blocks, boolean[] skip) {
    for (int i = 0; i < blocks.size(); i++) {
      if (!skip[i]
          && blocks.get(i) instanceof HtmlBlock
          && DetailsElements.summary(blocks.get(i)).filter(parser::asks).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a summary is worded as a question without ending in a question mark: it holds one
   * ({@code True or False? DNS can …}, {@code What is X? Explain Y}) or opens with a question word
   * ({@code Explain what Grafana is}, {@code 설명해 주세요}, as {@link QuestionText#isInterrogative}
   * reads it); never an answer's label ({@code Show answer}, {@code 답변}).
   */
  private boolean wordedAsQuestion(String summary) {
    return !AnswerLabels.labelsSummary(summary)
        && (QuestionText.holdsQuestionMark(summary)
            || QuestionText.isInterrogative(parser.read(summary).title()));
  }

  /**
   * A box whose title asks, {@code ::: details What is X?} or {@code ??? question "What is X?"}
   * (see {@link BoxMarkup}): its answer is what the box holds, the paragraph's lines below the
   * title and, for a fenced container, the blocks up to its closing fence (or the next heading or
   * container as long), for an admonition the code block indented under it.
   */
  private Optional<Found> boxQuestion(int index, Paragraph p, List<Node> blocks) {
    Node first = p.getFirstChild();
    Optional<String> title = BoxMarkup.openedTitle(first);
    if (title.isEmpty() || !parser.asks(title.get())) {
      return Optional.empty();
    }
    List<Node> answer = new ArrayList<>();
    int colons = ContainerFences.openingColons(first);
    if (colons > 0 && ContainerFences.closingColons(first) < colons) {
      for (int b = index + 1; b < blocks.size(); b++) {
        Node block = blocks.get(b);
        if (block instanceof Heading
            || block instanceof Paragraph next
                && ContainerFences.openingColons(next.getFirstChild()) >= colons) {
          break;
        }
        answer.add(block);
        if (ContainerFences.closes(block, colons)) {
          break;
        }
      }
    } else if (colons == 0
        && index + 1 < blocks.size()
        && blocks.get(index + 1) instanceof IndentedCodeBlock body) {
      answer.add(body);
    }
    return Optional.of(
        new Found(
            index,
            p,
            QuestionShape.DETAILS_SUMMARY,
            title.get(),
            Optional.of(answer),
            ParagraphLines.of(p).answerFrom(p, 1)));
  }

  /** Whether a paragraph opens a box that renders as a {@code <details>}: read as one. */
  private static boolean opensCollapsible(Paragraph p) {
    Node first = p.getFirstChild();
    return ContainerFences.opensCollapsible(first)
        || Admonitions.opener(first).filter(Admonitions.Opener::collapsible).isPresent();
  }
}
