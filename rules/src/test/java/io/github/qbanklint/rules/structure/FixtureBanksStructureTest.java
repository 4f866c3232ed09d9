package io.github.qbanklint.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.rules.answers.EmptySectionRule;
import io.github.qbanklint.rules.testing.RuleHarness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The structure rules that read heading roles, on lint-core's fixture banks, each pinned by a
 * hand-written golden outline: no finding lands on a heading whose golden role is {@code
 * answer-heading}, and the findings are exactly the ones judged real.
 */
class FixtureBanksStructureTest {
  private static final Path BANKS = Path.of("..", "lint-core", "src", "test", "resources", "banks");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ANSWER_HEADINGS_ON =
      "rules:\n  heading-increment:\n    answerHeadings: true\n";

  static Stream<String> banks() throws IOException {
    try (Stream<Path> files = Files.list(BANKS)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".outline.json"))
          .map(n -> n.replace(".outline.json", ""))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("banks")
  void noFindingLandsOnAnAnswerHeading(String bank) throws IOException {
    Set<Integer> answerHeadings = new HashSet<>();
    for (JsonNode item :
        JSON.readTree(BANKS.resolve(bank + ".outline.json").toFile()).get("items")) {
      if (item.get("role").asText().equals("answer-heading")) {
        answerHeadings.add(item.get("line").asInt());
      }
    }
    assertThat(findings(bank)).noneMatch(f -> answerHeadings.contains(f.line()));
  }

  @Test
  void theFindingsAreTheJudgedOnes() throws IOException {
    List<String> all = new ArrayList<>();
    for (String bank : banks().toList()) {
      findings(bank).forEach(f -> all.add(bank + ":" + f.line() + " " + f.ruleId()));
      RuleHarness.lint(new HeadingIncrementRule(), read(bank), ANSWER_HEADINGS_ON)
          .forEach(f -> all.add(bank + ":" + f.line() + " heading-increment answerHeadings"));
    }
    assertThat(all)
        .containsExactlyInAnyOrder(
            // the excerpt starts at chapter 3 (第三章)
            "zh-html-runon:1 section-numbering",
            // ## 4.11训练经验总结 continues 4.10, an h3 question inside chapter 四
            "zh-numbered-headings:153 section-numbering");
  }

  /** Findings of every rule under test, with their default options. */
  private static List<Finding> findings(String bank) throws IOException {
    String text = read(bank);
    List<Finding> findings = new ArrayList<>();
    for (Rule rule :
        List.of(
            new QuestionNumberingRule(),
            new SectionNumberingRule(),
            new DeclaredCountRule(),
            new HeadingIncrementRule(),
            new EmptySectionRule())) {
      findings.addAll(RuleHarness.lint(rule, text));
    }
    return findings;
  }

  private static String read(String bank) throws IOException {
    return Files.readString(BANKS.resolve(bank + ".md"), StandardCharsets.UTF_8);
  }
}
