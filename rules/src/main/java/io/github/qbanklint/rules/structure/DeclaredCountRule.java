package io.github.qbanklint.rules.structure;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.OptionSpec;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.bank.SectionScopes;
import io.github.qbanklint.core.document.ChineseScript;
import io.github.qbanklint.core.document.Heading;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section title that states how many questions it has ({@code 面试题8道}, {@code 8题}, {@code 8
 * questions}) when the section (with its sub-sections) holds another number of questions: heading,
 * paragraph, list-item and details questions, never answer-headings. A title is not a section.
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
              OptionSpec.regex(
                  "pattern",
                  DEFAULT_PATTERN,
                  "regex that finds a stated count in a section title; the named group 'count'"
                      + " holds the number (matched case-insensitively)",
                  "count"))
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(DocumentContext context) {
    Pattern pattern = compile(context.options().getString("pattern"));
    if (context.bank().questions().isEmpty()) {
      return; // not read as a bank: a count in a title there describes something else
    }
    for (SectionScopes.Scope scope : SectionScopes.of(context.document(), context.bank())) {
      Heading heading = scope.section().heading();
      Matcher m = pattern.matcher(ChineseScript.simplified(heading.text()));
      if (!m.find()) {
        continue;
      }
      String stated = m.group("count");
      if (stated == null || stated.length() > 9) {
        continue;
      }
      int declared = Integer.parseInt(stated);
      long actual = scope.questions();
      if (declared != actual) {
        context.report(
            heading.start(),
            heading.end(),
            "section '"
                + heading.text()
                + "' states "
                + declared
                + " questions but has "
                + actual
                + ": correct the count in the title, or add the missing questions.");
      }
    }
  }

  /** The configured pattern; the config loader has checked that it compiles and has its group. */
  private static Pattern compile(String regex) {
    return Pattern.compile(
        ChineseScript.simplified(regex), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
