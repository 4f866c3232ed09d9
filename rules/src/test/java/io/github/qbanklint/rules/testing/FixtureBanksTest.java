package io.github.qbanklint.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules on the bank model's fixture banks (lint-core's {@code banks/}, each with a golden
 * outline written by reading it): no finding lands on a heading the golden calls an answer-heading;
 * and on variants of them with planted defects ({@code banks-defects/}), every planted defect is
 * found and nothing else, strictly both ways.
 */
class FixtureBanksTest {
  private static final Path DEFECTS = Path.of("src", "test", "resources", "banks-defects");

  /** Every built-in rule that reads the document alone: not LanguageTool, not the network. */
  private static List<Rule> rules() {
    return new BuiltInRules()
        .rules().stream()
            .filter(r -> !r.id().equals("prose") && !r.id().equals("dead-remote-link"))
            .toList();
  }

  static Stream<String> banks() throws IOException {
    return FixtureBanks.names();
  }

  @ParameterizedTest
  @MethodSource("banks")
  void noFindingLandsOnAnAnswerHeading(String bank) {
    Map<Integer, String> roles = FixtureBanks.roles(bank);
    List<Finding> findings = RuleHarness.lint(rules(), FixtureBanks.text(bank), "");
    assertThat(findings)
        .as("findings on the answer-headings of %s", bank)
        .filteredOn(f -> "answer-heading".equals(roles.get(f.line())))
        .isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyPlantedDefectIsFoundAndNothingElse() throws IOException {
    List<Path> variants;
    try (Stream<Path> files = Files.list(DEFECTS)) {
      variants = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertThat(variants).isNotEmpty();
    List<Rule> rules = rules();
    return variants.stream()
        .map(
            v ->
                DynamicTest.dynamicTest(
                    v.getFileName().toString(),
                    () -> RuleFixtureTest.check(rules, v, RuleFixtureTest.parse(v))));
  }
}
