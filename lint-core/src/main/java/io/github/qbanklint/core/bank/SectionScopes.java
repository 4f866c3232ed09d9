package io.github.qbanklint.core.bank;

import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each section holds, by the roles the bank model gives: the items after its heading up to the
 * next heading at a higher level, or at its own level that is not a question or part of an answer.
 * So a topic heading at the level of the questions after it ({@code ### Basic Statistics} over
 * {@code ### What is variance?}) holds them, and paragraph, list-item and details questions count
 * wherever they stand.
 */
public final class SectionScopes {

  /**
   * A section and what it holds.
   *
   * @param held the items in its scope, sub-sections and their questions included
   * @param subSections the sections among them
   */
  public record Scope(Section section, List<BankItem> held, List<Section> subSections) {

    /** The questions it holds, of every kind, answer-headings never. */
    public long questions() {
      return held.stream().filter(item -> item.role() == HeadingRole.QUESTION).count();
    }
  }

  private SectionScopes() {}

  /** The scope of every section, in document order, computed once per model. */
  public static List<Scope> of(Document document, BankModel bank) {
    return BankMemo.memo(document, bank, SectionScopes.class, d -> build(bank));
  }

  private static List<Scope> build(BankModel bank) {
    Map<Heading, Section> sections = new IdentityHashMap<>();
    bank.sections().forEach(s -> sections.put(s.heading(), s));
    List<BankItem> items = bank.items();
    int[] ends = scopeEnds(items);
    List<Scope> scopes = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).role() == HeadingRole.SECTION && items.get(i).heading().isPresent()) {
        List<BankItem> held = items.subList(i + 1, ends[i]);
        List<Section> subSections =
            held.stream()
                .filter(item -> item.role() == HeadingRole.SECTION)
                .flatMap(item -> item.heading().stream())
                .map(sections::get)
                .toList();
        scopes.add(new Scope(sections.get(items.get(i).heading().get()), held, subSections));
      }
    }
    return List.copyOf(scopes);
  }

  /** For each section item, the index just past its scope (other items: the list's size). */
  private static int[] scopeEnds(List<BankItem> items) {
    int[] ends = new int[items.size()];
    Arrays.fill(ends, items.size());
    // Open sections have strictly rising levels: a heading that does not end the innermost one
    // ends none of the others.
    Deque<Integer> open = new ArrayDeque<>();
    for (int j = 0; j < items.size(); j++) {
      BankItem item = items.get(j);
      if (item.heading().isEmpty()) {
        continue;
      }
      while (!open.isEmpty() && ends(item, items.get(open.peek()).level())) {
        ends[open.pop()] = j;
      }
      if (item.role() == HeadingRole.SECTION) {
        open.push(j);
      }
    }
    return ends;
  }

  private static boolean ends(BankItem heading, int sectionLevel) {
    boolean inQuestion =
        heading.role() == HeadingRole.QUESTION || heading.role() == HeadingRole.ANSWER_HEADING;
    return heading.level() < sectionLevel || heading.level() == sectionLevel && !inQuestion;
  }
}
