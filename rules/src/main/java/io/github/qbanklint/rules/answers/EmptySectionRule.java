package io.github.qbanklint.rules.answers;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.bank.Section;
import io.github.qbanklint.rules.structure.SectionScopes;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A section that holds nothing: no question, no text of its own, no sub-section with content. Only
 * the outermost of nested empty sections is reported, naming the others.
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
    Set<Section> inReported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (SectionScopes.Scope scope : SectionScopes.of(context.document(), context.bank())) {
      if (inReported.contains(scope.section()) || !holdsNothing(scope)) {
        continue;
      }
      inReported.addAll(scope.subSections());
      Section s = scope.section();
      context.report(s.heading().start(), s.heading().end(), message(s, scope.subSections()));
    }
  }

  private static boolean holdsNothing(SectionScopes.Scope scope) {
    return !scope.section().hasText()
        && scope.questions() == 0
        && scope.subSections().stream().noneMatch(Section::hasText);
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
