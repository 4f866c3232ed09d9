package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.TextContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;

/**
 * Questions in the rows of a table whose header names a question column and an answer column
 * ({@code | # | Question | Answer |}, {@code | 问题 | 答案 |}): each row with a question is one, its
 * answer the cell in the answer column. Without both names a table is not read, so that a table of
 * links or of facts asks nothing.
 */
final class TableQuestions {
  /** Header texts of a question column, normalised as {@link AnswerClassifier#normalise} does. */
  private static final Set<String> QUESTION_HEADERS =
      Set.of("question", "questions", "q", "问题", "题目", "面试题", "问");

  private static final Set<String> ANSWER_HEADERS =
      Set.of("answer", "answers", "a", "答案", "回答", "解答", "参考答案", "答");

  private TableQuestions() {}

  /** The questions of the table at block {@code index}; none unless its header names both. */
  static List<ParagraphQuestions.Found> find(int index, TableBlock table) {
    List<ParagraphQuestions.Found> found = new ArrayList<>();
    Node head = table.getFirstChild();
    if (!(head instanceof TableHead) || !(head.getNext() instanceof TableBody body)) {
      return found;
    }
    List<Node> header = cells(head.getFirstChild());
    int questionColumn = column(header, QUESTION_HEADERS);
    int answerColumn = column(header, ANSWER_HEADERS);
    if (questionColumn < 0 || answerColumn < 0) {
      return found;
    }
    for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
      List<Node> cells = cells(row);
      String question =
          questionColumn < cells.size() ? TextContent.of(cells.get(questionColumn)).strip() : "";
      if (question.isEmpty()) {
        continue;
      }
      List<Node> answer =
          answerColumn < cells.size() ? List.of(cells.get(answerColumn)) : List.of();
      found.add(
          new ParagraphQuestions.Found(
              index,
              row,
              QuestionShape.TABLE_ROW,
              question,
              Optional.of(answer),
              Optional.empty()));
    }
    return found;
  }

  private static List<Node> cells(Node row) {
    List<Node> cells = new ArrayList<>();
    for (Node cell = row == null ? null : row.getFirstChild();
        cell != null;
        cell = cell.getNext()) {
      cells.add(cell);
    }
    return cells;
  }

  /** The first column whose header is one of {@code names}, or -1. */
  private static int column(List<Node> header, Set<String> names) {
    for (int i = 0; i < header.size(); i++) {
      if (names.contains(AnswerClassifier.normalise(TextContent.of(header.get(i))))) {
        return i;
      }
    }
    return -1;
  }
}
