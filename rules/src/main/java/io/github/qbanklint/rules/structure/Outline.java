package io.github.qbanklint.rules.structure;

import io.github.qbanklint.core.bank.BankItem;
import io.github.qbanklint.core.bank.BankMemo;
import io.github.qbanklint.core.bank.BankModel;
import io.github.qbanklint.core.bank.HeadingRole;
import io.github.qbanklint.core.bank.SequenceNumber;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The bank as a tree of section and question headings, in document order, by the roles the bank
 * model gives them: each item with its depth (top-level sections are 1, a question is one below its
 * section) and its enclosing section. Answer-headings, the title and the table-of-contents heading
 * are not part of it.
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
    return BankMemo.memo(document, bank, Outline.class, d -> build(bank));
  }

  private static List<Item> build(BankModel bank) {
    List<Item> items = new ArrayList<>();
    Deque<Item> openSections = new ArrayDeque<>();
    for (BankItem b : bank.items()) {
      boolean question = b.role() == HeadingRole.QUESTION;
      if (b.heading().isEmpty() || !question && b.role() != HeadingRole.SECTION) {
        continue;
      }
      Heading h = b.heading().get();
      while (!openSections.isEmpty() && openSections.peek().level() >= h.level()) {
        openSections.pop();
      }
      Item item =
          new Item(
              h,
              question,
              openSections.size() + 1,
              Optional.ofNullable(openSections.peek()),
              b.number());
      items.add(item);
      if (!question) {
        openSections.push(item);
      }
    }
    return List.copyOf(items);
  }
}
