package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Heading;
import java.util.List;
import java.util.Optional;

/**
 * What a bank is made of: its table of contents, its sections and its questions, in document order.
 * Headings inside code never count.
 */
public record BankModel(Optional<Toc> toc, List<Section> sections, List<Question> questions) {

  public BankModel {
    sections = List.copyOf(sections);
    questions = List.copyOf(questions);
  }

  public long answeredCount() {
    return questions.stream().filter(Question::answered).count();
  }

  /** The section whose heading this is, if the heading is a section heading. */
  public Optional<Section> sectionOf(Heading heading) {
    return sections.stream().filter(s -> s.heading().equals(heading)).findFirst();
  }
}
