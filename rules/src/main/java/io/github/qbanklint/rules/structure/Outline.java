package io.github.qbanklint.rules.structure;

import io.github.qbanklint.core.bank.BankItem;
import io.github.qbanklint.core.bank.BankModel;
import io.github.qbanklint.core.bank.Section;
import io.github.qbanklint.core.bank.SequenceNumber;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bank as a tree of sections and questions, in document order: each item with its depth
 * (top-level sections are 1, a question is one below its section) and its enclosing section.
 * Sub-headings inside answers and the table-of-contents heading are not part of it.
 */
public final class Outline {

  /**
   * A section or question heading in the outline, with the sequence number the bank model read from
   * it.
   */
  public record Item(
      Heading heading,
      boolean question,
      int depth,
      Optional<Item> parent,
      Optional<SequenceNumber> number) {
    public int level() {
      return heading.level();
    }

    /** The enclosing section's heading, as a key for grouping siblings. */
    public Optional<Heading> parentHeading() {
      return parent.map(Item::heading);
    }
  }

  private Outline() {}

  /** The outline of a document's bank model, computed once per model. */
  public static List<Item> of(Document document, BankModel bank) {
    return BankMemo.memo(document, bank, Outline.class, d -> build(d, bank));
  }

  private static List<Item> build(Document document, BankModel bank) {
    // The model's headings are the document's own instances: identity sets spare hashing records.
    Set<Heading> sections = Collections.newSetFromMap(new IdentityHashMap<>());
    bank.sections().stream().map(Section::heading).forEach(sections::add);
    Set<Heading> questions = Collections.newSetFromMap(new IdentityHashMap<>());
    bank.questions().forEach(q -> q.heading().ifPresent(questions::add));
    Map<Heading, Optional<SequenceNumber>> numbers = new IdentityHashMap<>();
    for (BankItem item : bank.items()) {
      item.heading().ifPresent(h -> numbers.put(h, item.number()));
    }

    List<Item> items = new ArrayList<>();
    Deque<Item> openSections = new ArrayDeque<>();
    int openQuestionLevel = Integer.MAX_VALUE;
    for (Heading h : document.headings()) {
      boolean question = questions.contains(h);
      if (!question && !sections.contains(h)) {
        continue;
      }
      if (!question && h.level() > openQuestionLevel) {
        continue; // a sub-heading inside an answer
      }
      openQuestionLevel = question ? h.level() : Integer.MAX_VALUE;
      while (!openSections.isEmpty() && openSections.peek().level() >= h.level()) {
        openSections.pop();
      }
      Item item =
          new Item(
              h,
              question,
              openSections.size() + 1,
              Optional.ofNullable(openSections.peek()),
              numbers.get(h));
      items.add(item);
      if (!question) {
        openSections.push(item);
      }
    }
    return List.copyOf(items);
  }
}
