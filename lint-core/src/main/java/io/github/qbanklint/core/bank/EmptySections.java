package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The sections that hold nothing: no question, no text of their own, no sub-section with content.
 * One definition for the {@code empty-section} rule and the unanswered-questions report, so that
 * both count the same sections. Of nested empty sections only the outermost is listed, naming the
 * others.
 */
public final class EmptySections {
  /**
   * An empty section.
   *
   * @param subSections the empty sections inside it, in document order
   */
  public record EmptySection(Section section, List<Section> subSections) {
    public EmptySection {
      subSections = List.copyOf(subSections);
    }
  }

  private EmptySections() {}

  /** The empty sections of a bank, outermost only, in document order. */
  public static List<EmptySection> of(Document document, BankModel bank) {
    Set<Section> inListed = Collections.newSetFromMap(new IdentityHashMap<>());
    List<EmptySection> empty = new ArrayList<>();
    for (SectionScopes.Scope scope : SectionScopes.of(document, bank)) {
      if (inListed.contains(scope.section()) || !holdsNothing(scope)) {
        continue;
      }
      inListed.addAll(scope.subSections());
      empty.add(new EmptySection(scope.section(), scope.subSections()));
    }
    return List.copyOf(empty);
  }

  private static boolean holdsNothing(SectionScopes.Scope scope) {
    return !scope.section().hasText()
        && scope.questions() == 0
        && scope.subSections().stream().noneMatch(Section::hasText);
  }
}
