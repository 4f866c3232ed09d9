package io.github.qbanklint.core.bank;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a bank is made of: its table of contents, its sections and its questions, in document order,
 * and every heading with its role. Headings inside code never count.
 *
 * @param unrecognised when the file looks like a bank but no question was recognised: what came
 *     closest, for the {@code no-questions-recognised} finding
 */
public record BankModel(
    Optional<Toc> toc,
    List<Section> sections,
    List<Question> questions,
    List<BankItem> items,
    Optional<UnrecognisedBank> unrecognised) {

  public BankModel {
    sections = List.copyOf(sections);
    questions = List.copyOf(questions);
    items = List.copyOf(items);
  }

  public long answeredCount() {
    return questions.stream().filter(Question::answered).count();
  }

  /** The shapes its questions were recognised by, in {@link QuestionShape} order. */
  public Set<QuestionShape> shapes() {
    Set<QuestionShape> shapes = EnumSet.noneOf(QuestionShape.class);
    questions.forEach(q -> shapes.add(q.shape()));
    return shapes;
  }

  /**
   * Why a file that looks like a bank has no recognised question.
   *
   * @param line the 1-based line to report it at: the file's first heading, else 1
   * @param closestShape the shape that came closest
   * @param evidence what makes the file look like a bank, for the message
   * @param hint what to set so that the questions are recognised
   */
  public record UnrecognisedBank(
      int line, QuestionShape closestShape, String evidence, String hint) {}
}
