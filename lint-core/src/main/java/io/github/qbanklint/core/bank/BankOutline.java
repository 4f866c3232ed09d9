package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What reports need of a bank once its document is dropped: its sections in document order, each
 * with its questions and whether they are answered. Questions before the first section are kept in
 * a leading section with an empty title.
 *
 * @param emptySections the sections that hold nothing, as {@link EmptySections} finds them
 */
public record BankOutline(
    List<SectionOutline> sections,
    List<EmptySectionOutline> emptySections,
    List<ItemOutline> items,
    Set<QuestionShape> shapes,
    Optional<BankModel.UnrecognisedBank> unrecognised) {

  public BankOutline {
    sections = List.copyOf(sections);
    emptySections = List.copyOf(emptySections);
    items = List.copyOf(items);
    shapes = shapes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(shapes));
  }

  public static BankOutline empty() {
    return new BankOutline(List.of(), List.of(), List.of(), Set.of(), Optional.empty());
  }

  /** Whether the file looks like a bank but no question was recognised in it. */
  public boolean unrecognisedBank() {
    return unrecognised.isPresent();
  }

  /** The outline of the bank model of {@code document}. */
  public static BankOutline of(Document document, BankModel model) {
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
    List<ItemOutline> items = model.items().stream().map(ItemOutline::of).toList();
    List<EmptySectionOutline> empty =
        EmptySections.of(document, model).stream().map(EmptySectionOutline::of).toList();
    return new BankOutline(sections, empty, items, model.shapes(), model.unrecognised());
  }

  /**
   * How the model read one heading, paragraph or list item: what {@code qbank-lint outline} prints.
   *
   * @param level 1 to 6 for headings, 0 otherwise
   * @param number the sequence number, as {@code 4.11}
   * @param shape the question shape, for questions
   * @param status {@code answered}, {@code unanswered} or {@code thin} (by {@link
   *     ThinAnswer#DEFAULT}), for questions
   */
  public record ItemOutline(
      int line,
      ItemKind kind,
      int level,
      HeadingRole role,
      Optional<String> number,
      Optional<QuestionShape> shape,
      String text,
      Optional<String> status) {
    static ItemOutline of(BankItem item) {
      return new ItemOutline(
          item.line(),
          item.kind(),
          item.level(),
          item.role(),
          item.number().map(SequenceNumber::text),
          item.question().map(Question::shape),
          item.text(),
          item.question().map(ItemOutline::status));
    }

    private static String status(Question q) {
      if (!q.answered()) {
        return "unanswered";
      }
      return ThinAnswer.DEFAULT.isThin(q.text(), true, q.answerLength()) ? "thin" : "answered";
    }
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
   * A section that holds nothing.
   *
   * @param subSections the titles of the empty sections inside it
   */
  public record EmptySectionOutline(
      String title, String anchor, int line, List<String> subSections) {
    public EmptySectionOutline {
      subSections = List.copyOf(subSections);
    }

    static EmptySectionOutline of(EmptySections.EmptySection empty) {
      Section s = empty.section();
      return new EmptySectionOutline(
          s.title(),
          s.heading().anchor(),
          s.line(),
          empty.subSections().stream().map(Section::title).toList());
    }
  }

  /**
   * A question.
   *
   * @param text the question's text
   * @param asks what a heading that only numbers its question asks (see {@link Question#asks})
   * @param anchor the fragment that links to its heading; empty for paragraph questions
   * @param line the 1-based line of the question
   * @param answered whether the answer has content
   * @param answerLength how much the answer says
   */
  public record QuestionOutline(
      String text,
      String asks,
      String anchor,
      int line,
      boolean answered,
      AnswerLength answerLength) {
    static QuestionOutline of(Question q) {
      return new QuestionOutline(
          q.text(), q.asks(), q.anchor(), q.line(), q.answered(), q.answerLength());
    }

    /**
     * The question as a report lists it: its text, and what it asks when its heading only numbers
     * it ({@code 问题5 — 说说你对 AQS 的理解。}).
     */
    public String shown() {
      return asks.isEmpty() ? text : text + " — " + asks;
    }
  }
}
