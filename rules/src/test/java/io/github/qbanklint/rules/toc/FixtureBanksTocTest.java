package io.github.qbanklint.rules.toc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.Heading;
import io.github.qbanklint.rules.testing.FixtureBanks;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The TOC rules on lint-core's fixture banks, whose golden outlines give every heading's role by
 * hand: no finding may land on an answer-heading, and the findings are the ones listed here, each a
 * real defect.
 */
class FixtureBanksTocTest {
  private static final Set<String> LISTABLE = Set.of("section", "question");

  /** The TOC findings each bank has, as rule@line; banks not named have none. */
  private static final Map<String, List<String>> EXPECTED =
      Map.of(
          // The TOC is a Markdown table listing only the questions under ## Core.
          "en-list-headings.md",
          List.of("toc-missing-entry@42", "toc-missing-entry@50", "toc-missing-entry@58"),
          // The heading on line 84 shows a (no-break) space between "NLP" and "算法" that the
          // entry lacks: a real difference, as toc-text-mismatch documents.
          "zh-marker-html-sections.md",
          List.of("toc-text-mismatch@7"));

  static Stream<String> banks() throws IOException {
    return FixtureBanks.names();
  }

  @ParameterizedTest
  @MethodSource("banks")
  void noTocFindingOnAnAnswerHeadingAndOnlyTheKnownOnes(String bank) throws IOException {
    String text = FixtureBanks.text(bank);
    Map<Integer, String> roles = FixtureBanks.roles(bank);

    List<Finding> findings = ExampleBankTocTest.tocFindings(text);

    assertThat(findings)
        .as(bank)
        .noneSatisfy(f -> assertThat(roles.get(f.line())).isEqualTo("answer-heading"));
    assertThat(findings)
        .as(bank)
        .extracting(f -> f.ruleId() + "@" + f.line())
        .containsExactlyElementsOf(EXPECTED.getOrDefault(bank, List.of()));
  }

  /**
   * Each bank without a table, given one written from its golden roles: listing every section and
   * question, it has no finding; listing only the sections, none either (a table of topics); with
   * one of two or more question headings left out, that question alone is missing. Answer-headings
   * are never listed, so none of them may be asked for.
   */
  @ParameterizedTest
  @MethodSource("banks")
  void aTableWrittenFromTheGoldenRolesAsksForNoAnswerHeading(String bank) throws IOException {
    String text = FixtureBanks.text(bank);
    Map<Integer, String> roles = FixtureBanks.roles(bank);
    if (roles.containsValue("toc")) {
      return;
    }
    List<Heading> listed =
        Document.of(bank, text).headings().stream()
            .filter(h -> LISTABLE.contains(roles.getOrDefault(h.line(), "")))
            .toList();
    List<Heading> sections =
        listed.stream().filter(h -> roles.get(h.line()).equals("section")).toList();
    List<Heading> questions =
        listed.stream().filter(h -> roles.get(h.line()).equals("question")).toList();

    assertThat(ExampleBankTocTest.tocFindings(withToc(text, roles, listed))).as(bank).isEmpty();
    if (!sections.isEmpty()) {
      assertThat(ExampleBankTocTest.tocFindings(withToc(text, roles, sections))).as(bank).isEmpty();
    }
    if (questions.size() >= 2) {
      Heading left = questions.get(questions.size() - 1);
      List<Heading> allBut = listed.stream().filter(h -> h != left).toList();
      String withTable = withToc(text, roles, allBut);
      long inserted = withTable.lines().count() - text.lines().count();
      assertThat(ExampleBankTocTest.tocFindings(withTable))
          .as(bank)
          .extracting(f -> f.ruleId() + "@" + f.line())
          .containsExactly("toc-missing-entry@" + (left.line() + inserted));
    }
  }

  /**
   * The bank with a plain table of {@code entries} after its title on line 1, else after its front
   * matter (and a title heading below it), else first.
   */
  private static String withToc(String text, Map<Integer, String> roles, List<Heading> entries) {
    String nl = text.contains("\r\n") ? "\r\n" : "\n";
    StringBuilder toc = new StringBuilder("## Contents" + nl + nl);
    for (Heading h : entries) {
      toc.append("- ").append(escaped(h.text())).append(nl);
    }
    toc.append(nl);
    List<String> lines = text.lines().toList();
    int frontMatterEnd =
        lines.get(0).equals("---") ? lines.subList(1, lines.size()).indexOf("---") + 2 : 0;
    int title =
        roles.entrySet().stream()
            .filter(e -> e.getValue().equals("title"))
            .mapToInt(Map.Entry::getKey)
            .findFirst()
            .orElse(0);
    int after = title == 1 || frontMatterEnd > 0 && title > frontMatterEnd ? title : frontMatterEnd;
    if (after == 0) {
      return toc + text;
    }
    int at = 0;
    for (int line = 0; line < after; line++) {
      at = text.indexOf('\n', at) + 1;
    }
    return text.substring(0, at) + nl + toc + text.substring(at);
  }

  private static String escaped(String headingText) {
    return headingText
        .replaceAll("([\\\\`*_\\[\\]<#])", "\\\\$1")
        .replaceFirst("^(\\d+)\\.", "$1\\\\.");
  }
}
