package io.github.qbanklint.rules.answers;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.bank.EmptySections;
import io.github.qbanklint.core.bank.Section;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A section that holds nothing (see {@link EmptySections}, which the unanswered-questions report
 * lists too). Only the outermost of nested empty sections is reported, naming the others.
 */
public final class EmptySectionRule implements Rule {
  private static final RuleMeta META =
      RuleMeta.builder("empty-section")
          .family("answers")
          .summary("A section heading has no questions and no content.")
          .severity(Severity.WARNING)
          .tags("answers", "structure")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DocumentContext context) {
    for (EmptySections.EmptySection empty : EmptySections.of(context.document(), context.bank())) {
      Section s = empty.section();
      context.report(s.heading().start(), s.heading().end(), message(s, empty.subSections()));
    }
  }

  private static String message(Section s, List<Section> subSections) {
    if (subSections.isEmpty()) {
      return "section '"
          + s.title()
          + "' is empty: add its questions, or remove the heading"
          + " (and its table-of-contents entry).";
    }
    return "section '"
        + s.title()
        + "' is empty, and so "
        + (subSections.size() == 1 ? "is its sub-section " : "are its sub-sections ")
        + subSections.stream().map(sub -> "'" + sub.title() + "'").collect(Collectors.joining(", "))
        + ": add their questions, or remove the headings (and their table-of-contents entries).";
  }
}
