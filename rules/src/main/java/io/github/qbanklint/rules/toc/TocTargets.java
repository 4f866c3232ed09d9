package io.github.qbanklint.rules.toc;

import io.github.qbanklint.core.bank.BankModel;
import io.github.qbanklint.core.bank.Question;
import io.github.qbanklint.core.bank.Section;
import io.github.qbanklint.core.bank.Toc;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The headings a table of contents should list: the sections and questions after it, without
 * sub-headings inside answers, down to the depth the table goes. A flat table that lists questions
 * too is read as listing everything at depth 1.
 */
final class TocTargets {
  private TocTargets() {}

  static List<TocTarget> of(Document document, BankModel bank, Toc toc) {
    List<TocTarget> all = roles(document, bank, toc);
    int maxDepth = toc.maxDepth();
    long withinDepth = all.stream().filter(t -> t.depth() <= maxDepth).count();
    if (maxDepth == 1 && toc.entries().size() * 2 > withinDepth * 3) {
      return all.stream().map(t -> new TocTarget(t.heading(), 1, t.question())).toList();
    }
    return all.stream().filter(t -> t.depth() <= maxDepth).toList();
  }

  private static List<TocTarget> roles(Document document, BankModel bank, Toc toc) {
    Set<Heading> sections = new HashSet<>();
    bank.sections().stream().map(Section::heading).forEach(sections::add);
    Set<Heading> questions = new HashSet<>();
    bank.questions().stream().map(Question::heading).forEach(questions::add);
    int tocStart = toc.heading().map(Heading::start).orElse(toc.listStart());

    List<TocTarget> targets = new ArrayList<>();
    Deque<Integer> openSectionLevels = new ArrayDeque<>();
    int openQuestionLevel = Integer.MAX_VALUE;
    for (Heading h : document.headings()) {
      boolean question = questions.contains(h);
      if (h.start() <= tocStart || !question && !sections.contains(h)) {
        continue;
      }
      if (!question && h.level() > openQuestionLevel) {
        continue; // a sub-heading inside an answer
      }
      openQuestionLevel = question ? h.level() : Integer.MAX_VALUE;
      while (!openSectionLevels.isEmpty() && openSectionLevels.peek() >= h.level()) {
        openSectionLevels.pop();
      }
      targets.add(new TocTarget(h, openSectionLevels.size() + 1, question));
      if (!question) {
        openSectionLevels.push(h.level());
      }
    }
    return targets;
  }
}
