package io.github.qbanklint.rules.structure;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.OptionSpec;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A section title that states how many questions it has ({@code 面试题8道}, {@code 8题}, {@code 8
 * questions}) when the section (with its sub-sections) has another number of questions.
 */
public final class DeclaredCountRule implements Rule {
  static final String DEFAULT_PATTERN = "(?<![第\\d.])(?<count>\\d+)\\s*(?:道|题|个问题|questions?\\b)";

  private static final RuleMeta META =
      RuleMeta.builder("declared-count")
          .family("structure")
          .summary("A section title states a question count that differs from its questions.")
          .severity(Severity.WARNING)
          .tags("structure")
          .option(
              OptionSpec.string(
                  "pattern",
                  DEFAULT_PATTERN,
                  "regex that finds a stated count in a section title; the named group 'count'"
                      + " holds the number (matched case-insensitively)"))
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DocumentContext context) {
    Pattern pattern = compile(context.options().getString("pattern"));
    List<Outline.Item> outline = Outline.of(context.document(), context.bank());
    for (int i = 0; i < outline.size(); i++) {
      Outline.Item section = outline.get(i);
      if (section.question()) {
        continue;
      }
      Matcher m = pattern.matcher(section.heading().text());
      if (!m.find()) {
        continue;
      }
      String stated = m.group("count");
      if (stated == null || stated.length() > 9) {
        continue;
      }
      int declared = Integer.parseInt(stated);
      int actual = questionsUnder(outline, i);
      if (declared != actual) {
        context.report(
            section.heading().start(),
            section.heading().end(),
            "section '"
                + section.heading().text()
                + "' states "
                + declared
                + " questions but has "
                + actual
                + ": correct the count in the title, or add the missing questions.");
      }
    }
  }

  /** Questions from the item after {@code sectionIndex} to the end of that section's subtree. */
  private static int questionsUnder(List<Outline.Item> outline, int sectionIndex) {
    int depth = outline.get(sectionIndex).depth();
    int count = 0;
    for (int j = sectionIndex + 1; j < outline.size() && outline.get(j).depth() > depth; j++) {
      if (outline.get(j).question()) {
        count++;
      }
    }
    return count;
  }

  private static Pattern compile(String regex) {
    try {
      if (!regex.contains("(?<count>")) {
        throw new IllegalArgumentException(
            "option 'pattern' of declared-count needs a named group (?<count>...)");
      }
      return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "option 'pattern' of declared-count is not a valid regex: " + e.getDescription(), e);
    }
  }
}
