package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.bank.ParagraphQuestions.Found;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

/**
 * Reads the items of a list as questions ({@code list-item-question}): which items ask, what of an
 * item is its answer, and whether the list is a list of questions at all (see {@code
 * docs/bank-conventions.md}).
 */
final class ListQuestions {
  /**
   * How many items asking by a question mark, not for a yes or no, make a list of questions read
   * with no answers: a checklist asks its reader {@code Did you …?}.
   */
  private static final int OPEN_LIST_ITEMS = 3;

  private final NumberParser parser;

  ListQuestions(NumberParser parser) {
    this.parser = parser;
  }

  /**
   * A list, read for questions.
   *
   * @param questions the items read as questions when the list is read
   * @param answered whether enough of its questions have an answer for it to be read so: one in an
   *     ordered list, two in a bullet list
   * @param ofQuestions whether its items ask: at least half of them (items over a nested list
   *     aside), one at least by a question mark
   * @param openEnded how many of its items ask by a question mark, not for a yes or no
   * @param withAnswers how many of those have an answer
   */
  record QuestionList(
      List<Found> questions,
      boolean answered,
      boolean ofQuestions,
      int openEnded,
      int withAnswers) {
    /** Whether the list is read whatever the rest of the file holds. */
    boolean readAlone() {
      return answered || ofQuestions && openEnded >= OPEN_LIST_ITEMS;
    }
  }

  /**
   * The list at top-level block {@code index}, then the lists nested under its items that ask
   * nothing ({@code 1. Dot product} over questions on the dot product), each read on its own.
   */
  List<QuestionList> read(int index, ListBlock list) {
    List<QuestionList> lists = new ArrayList<>();
    read(index, list, lists);
    return lists;
  }

  /**
   * The questions of a list whose every item asks (by a question mark, a question word or a
   * request), each answered by what is nested under it, and the last, when nothing is nested under
   * it, by {@code after}: the {@code <details>} after the list ({@code * HTTP/1.0 에 대해 설명해주세요.}
   * over {@code <details><summary>답변</summary>…}). Empty when an item asks nothing.
   */
  List<Found> askingItems(int index, ListBlock list, List<Node> after) {
    List<Found> items = new ArrayList<>();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(firstAfterTaskMarker(item) instanceof Paragraph p) || isOnlyLink(p)) {
        return List.of();
      }
      ParagraphLines lines = ParagraphLines.of(p);
      int questionEnd = listQuestionLines(lines);
      boolean marked = questionEnd > 0;
      if (!marked && asksWithoutQuestionMark(lines.text(0, 1))) {
        questionEnd = lines.count();
      }
      if (questionEnd == 0) {
        return List.of();
      }
      List<Node> nested = nestedUnder(p);
      Optional<AnswerLines> answerLines =
          marked ? lines.answerFrom(p, questionEnd) : Optional.empty();
      List<Node> answer =
          nested.isEmpty() && answerLines.isEmpty() && item.getNext() == null
              ? after
              : nested.subList(followUps(nested), nested.size());
      items.add(itemQuestion(index, item, lines.text(0, questionEnd), answer, answerLines));
    }
    return items;
  }

  /**
   * The items of a numbered list as the questions of an answer key apart, each numbered as a reader
   * sees it: every item asks (by a question mark, a question word or a request, or by the lettered
   * options under it), and nothing under it answers it in place, only its code and options. Empty
   * for a list of steps, or of questions answered under their items.
   */
  List<Found> keyedItems(int index, OrderedList list) {
    List<Found> items = new ArrayList<>();
    int number = ListItemNumber.first(list);
    for (Node item = list.getFirstChild(); item != null; item = item.getNext(), number++) {
      if (!(firstAfterTaskMarker(item) instanceof Paragraph p) || isOnlyLink(p)) {
        return List.of();
      }
      List<Node> nested = nestedUnder(p);
      if (!nested.stream().allMatch(ListQuestions::showsOrOffers)) {
        return List.of();
      }
      ParagraphLines lines = ParagraphLines.of(p);
      int questionEnd = listQuestionLines(lines);
      if (questionEnd > 0 && lines.answerFrom(p, questionEnd).isPresent()) {
        return List.of();
      }
      if (questionEnd == 0
          && (asksWithoutQuestionMark(lines.text(0, 1))
              || nested.stream().anyMatch(OptionLists::isOptions))) {
        questionEnd = lines.count();
      }
      if (questionEnd == 0) {
        return List.of();
      }
      items.add(
          new Found(
              index,
              item,
              QuestionShape.LIST_ITEM_QUESTION,
              lines.text(0, questionEnd).strip(),
              Optional.of(nested),
              Optional.empty(),
              Optional.of(ListItemNumber.of(number))));
    }
    return items;
  }

  /** Whether a block under a question shows its code or offers its options: never an answer. */
  private static boolean showsOrOffers(Node block) {
    return block instanceof FencedCodeBlock
        || block instanceof IndentedCodeBlock
        || OptionLists.isOptions(block);
  }

  /** A list item asking {@code question}, answered by {@code answer}. */
  private static Found itemQuestion(
      int index, Node item, String question, List<Node> answer, Optional<AnswerLines> answerLines) {
    return new Found(
        index,
        item,
        QuestionShape.LIST_ITEM_QUESTION,
        question.strip(),
        Optional.of(answer),
        answerLines);
  }

  /** What stands after an item's first paragraph, nested under the item. */
  private static List<Node> nestedUnder(Paragraph first) {
    List<Node> nested = new ArrayList<>();
    for (Node n = first.getNext(); n != null; n = n.getNext()) {
      nested.add(n);
    }
    return nested;
  }

  /** Whether blocks hold a list of questions that is read alone. */
  boolean holdsListOfQuestions(List<Node> blocks) {
    for (Node block : blocks) {
      if (block instanceof ListBlock list
          && read(0, list).stream().anyMatch(l -> l.ofQuestions() && l.readAlone())) {
        return true;
      }
    }
    return false;
  }

  private void read(int index, ListBlock list, List<QuestionList> lists) {
    List<Found> asking = new ArrayList<>();
    List<Found> byMark = new ArrayList<>();
    int items = 0;
    int withAnswers = 0;
    int openEnded = 0;
    boolean firstLineOnly = false;
    int at = lists.size();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem)) {
        continue;
      }
      Node first = firstAfterTaskMarker(item);
      if (!(first instanceof Paragraph p) || isOnlyLink(p)) {
        items++;
        continue;
      }
      ParagraphLines lines = ParagraphLines.of(p);
      int questionEnd = listQuestionLines(lines);
      boolean marked = questionEnd > 0;
      // Only the first line is asked whether it asks: a question word opens a question, and the
      // words anywhere in a long item of an answer's list cost a scan of it all.
      if (!marked && asksWithoutQuestionMark(lines.text(0, 1))) {
        questionEnd = lines.count();
      }
      List<Node> nested = nestedUnder(p);
      if (questionEnd == 0) {
        List<ListBlock> topicLists =
            nested.stream().filter(ListBlock.class::isInstance).map(ListBlock.class::cast).toList();
        topicLists.forEach(topicList -> read(index, topicList, lists));
        items += topicLists.isEmpty() ? 1 : 0;
        continue;
      }
      items++;
      List<Node> answer = nested.subList(followUps(nested), nested.size());
      Optional<AnswerLines> answerLines =
          marked ? lines.answerFrom(p, questionEnd) : Optional.empty();
      Found question = itemQuestion(index, item, lines.text(0, questionEnd), answer, answerLines);
      asking.add(question);
      if (marked) {
        byMark.add(question);
        openEnded += QuestionText.asksYesOrNo(question.text()) ? 0 : 1;
        firstLineOnly |= questionEnd == 1 && lines.count() > 1 && lines.answerLabelLine() == 0;
        withAnswers += answerLines.isPresent() || !answer.isEmpty() ? 1 : 0;
      }
    }
    boolean answered =
        withAnswers >= (list instanceof OrderedList ? 1 : 2)
            && (byMark.size() >= 2 || !firstLineOnly);
    boolean ofQuestions = !byMark.isEmpty() && asking.size() * 2 >= items;
    lists.add(
        at,
        new QuestionList(
            ofQuestions ? asking : byMark, answered, ofQuestions, openEnded, withAnswers));
  }

  /**
   * How many of an item's nested blocks, from the first, are follow-ups of its question rather than
   * its answer: lists whose every item is a question alone ({@code What techniques do you use?},
   * {@code Describe what you like …}) under {@code How do you serve your pages …?}.
   */
  private static int followUps(List<Node> nested) {
    int count = 0;
    while (count < nested.size() && nested.get(count) instanceof ListBlock list && asksOnly(list)) {
      count++;
    }
    return count;
  }

  private static boolean asksOnly(ListBlock list) {
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item.getFirstChild() instanceof Paragraph p) || p.getNext() != null) {
        return false;
      }
      ParagraphLines lines = ParagraphLines.of(p);
      String text = lines.text(0, lines.count());
      if (!QuestionText.endsWithQuestionMark(text) && !QuestionText.asksWithoutQuestionMark(text)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an item asks with no question mark, a question in a list of questions: by the question
   * words of {@code heading-interrogative}, or a request ({@code List as many values …}).
   */
  private static boolean asksWithoutQuestionMark(String text) {
    return QuestionText.isInterrogative(text) || QuestionText.asksWithoutQuestionMark(text);
  }

  /** A list item's first block, after the box of a task list item ({@code - [ ] …}). */
  private static Node firstAfterTaskMarker(Node item) {
    Node first = item.getFirstChild();
    return first instanceof TaskListItemMarker ? first.getNext() : first;
  }

  /** Whether a paragraph is only a link: a navigation entry, whatever its text asks. */
  private static boolean isOnlyLink(Paragraph p) {
    return p.getFirstChild() instanceof Link && p.getFirstChild().getNext() == null;
  }

  /** How many lines of a list item's first paragraph ask its question; 0 when it asks none. */
  private int listQuestionLines(ParagraphLines lines) {
    if (lines.asks(lines.count() - 1)) {
      return lines.count();
    }
    int label = lines.answerLabelLine();
    if (label > 0) {
      String question = lines.text(0, label).strip();
      return parser.asks(question) ? label : 0;
    }
    return lines.asks(0) ? 1 : 0;
  }
}
