package io.github.qbanklint.rules.structure;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.OptionSpec;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.bank.BankItem;
import io.github.qbanklint.core.bank.HeadingRole;
import io.github.qbanklint.core.document.Heading;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Heading levels that skip (h1 → h3), and top-level sections of one bank at a level different from
 * most of their siblings (most at h2, a few at h1). A skip caused only by such a section is not
 * reported again: the section is judged at its siblings' level. Structure headings (title, table of
 * contents, sections, questions) are judged against each other; answer-headings, when the option
 * {@code answerHeadings} is on, against their question and the answer-headings before them in its
 * answer, and never change how the next structure heading is judged.
 */
public final class HeadingIncrementRule implements Rule {
  private static final RuleMeta META =
      RuleMeta.builder("heading-increment")
          .family("structure")
          .summary("A heading level skips, or sibling sections use different levels.")
          .severity(Severity.WARNING)
          .tags("structure", "headings")
          .option(
              OptionSpec.bool(
                  "answerHeadings",
                  false,
                  "also judge the sub-headings inside answers, each against its question and the"
                      + " sub-headings before it in that answer"))
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DocumentContext context) {
    boolean answerHeadings = context.options().getBoolean("answerHeadings");
    Map<Heading, Integer> intendedLevel = inconsistentSections(context);
    int structure = 0;
    int answer = 0;
    for (BankItem item : context.bank().items()) {
      if (item.heading().isEmpty()) {
        continue;
      }
      Heading h = item.heading().get();
      if (item.role() == HeadingRole.ANSWER_HEADING) {
        if (answerHeadings) {
          checkStep(context, h, answer, h.level());
          answer = h.level();
        }
        continue;
      }
      int level = intendedLevel.getOrDefault(h, h.level());
      checkStep(context, h, structure, level);
      structure = level;
      answer = level;
    }
  }

  private static void checkStep(DocumentContext context, Heading h, int previous, int level) {
    if (previous > 0 && level > previous + 1) {
      context.report(
          h.start(),
          h.end(),
          "heading level jumps from h"
              + previous
              + " to h"
              + h.level()
              + ": make '"
              + h.text()
              + "' an h"
              + (previous + 1)
              + ", or add the missing level above it.");
    }
  }

  /** Reports top-level sections at an odd level; returns the level each should have. */
  private static Map<Heading, Integer> inconsistentSections(DocumentContext context) {
    List<Outline.Item> topSections =
        Outline.of(context.document(), context.bank()).stream()
            .filter(item -> !item.question() && item.depth() == 1)
            .toList();
    Map<Integer, Integer> countByLevel = new TreeMap<>();
    topSections.forEach(s -> countByLevel.merge(s.level(), 1, Integer::sum));
    int usual =
        countByLevel.entrySet().stream()
            .max(Map.Entry.<Integer, Integer>comparingByValue())
            .map(Map.Entry::getKey)
            .orElse(0);
    Map<Heading, Integer> intended = new HashMap<>();
    for (Outline.Item section : topSections) {
      int count = countByLevel.get(section.level());
      if (section.level() != usual && count * 2 < topSections.size()) {
        Heading h = section.heading();
        intended.put(h, usual);
        context.report(
            h.start(),
            h.end(),
            "section '"
                + h.text()
                + "' is an h"
                + h.level()
                + " but "
                + countByLevel.get(usual)
                + " of its "
                + topSections.size()
                + " sibling sections are h"
                + usual
                + ": make it an h"
                + usual
                + " like them.");
      }
    }
    return intended;
  }
}
