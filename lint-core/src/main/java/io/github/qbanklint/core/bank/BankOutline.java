package io.github.qbanklint.core.bank;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What reports need of a bank once its document is dropped: its sections in document order, each
 * with its questions and whether they are answered. Questions before the first section are kept in
 * a leading section with an empty title.
 */
public record BankOutline(List<SectionOutline> sections) {

  public BankOutline {
    sections = List.copyOf(sections);
  }

  public static BankOutline empty() {
    return new BankOutline(List.of());
  }

  /** The outline of a bank model. */
  public static BankOutline of(BankModel model) {
    Map<Question, Boolean> inSection = new IdentityHashMap<>();
    List<SectionOutline> sections = new ArrayList<>();
    for (Section s : model.sections()) {
      List<QuestionOutline> questions = new ArrayList<>();
      for (Question q : s.questions()) {
        inSection.put(q, true);
        questions.add(QuestionOutline.of(q));
      }
      sections.add(new SectionOutline(s.title(), s.heading().anchor(), s.line(), questions));
    }
    List<QuestionOutline> loose =
        model.questions().stream()
            .filter(q -> !inSection.containsKey(q))
            .map(QuestionOutline::of)
            .toList();
    if (!loose.isEmpty()) {
      sections.add(0, new SectionOutline("", "", loose.get(0).line(), loose));
    }
    return new BankOutline(sections);
  }

  /**
   * A section and the questions directly in it.
   *
   * @param title the heading text; empty for questions before the first section
   * @param anchor the fragment that links to the heading
   * @param line the 1-based line of the heading
   */
  public record SectionOutline(
      String title, String anchor, int line, List<QuestionOutline> questions) {
    public SectionOutline {
      questions = List.copyOf(questions);
    }
  }

  /**
   * A question.
   *
   * @param text the heading text
   * @param anchor the fragment that links to the heading
   * @param line the 1-based line of the heading
   * @param answered whether the answer has content
   * @param answerLength the length of the answer's shown text, in code points
   */
  public record QuestionOutline(
      String text, String anchor, int line, boolean answered, int answerLength) {
    static QuestionOutline of(Question q) {
      String answer = q.answerText();
      return new QuestionOutline(
          q.heading().text(),
          q.heading().anchor(),
          q.line(),
          q.answered(),
          answer.codePointCount(0, answer.length()));
    }
  }
}
