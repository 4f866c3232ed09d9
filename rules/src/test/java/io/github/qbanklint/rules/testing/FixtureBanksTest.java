package io.github.qbanklint.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.rules.BuiltInRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
  private static final Path BANKS = Path.of("..", "lint-core", "src", "test", "resources", "banks");
  private static final Path DEFECTS = Path.of("src", "test", "resources", "banks-defects");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every built-in rule that reads the document alone: not LanguageTool, not the network. */
  private static List<Rule> rules() {
    return new BuiltInRules()
        .rules().stream()
            .filter(r -> !r.id().equals("prose") && !r.id().equals("dead-remote-link"))
            .toList();
  }

  static Stream<String> goldens() throws IOException {
    try (Stream<Path> files = Files.list(BANKS)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".outline.json"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void noFindingLandsOnAnAnswerHeading(String golden) throws IOException {
    JsonNode outline = JSON.readTree(BANKS.resolve(golden).toFile());
    Set<Integer> answerHeadings = new HashSet<>();
    for (JsonNode item : outline.get("items")) {
      if (item.get("role").asText().equals("answer-heading")) {
        answerHeadings.add(item.get("line").asInt());
      }
    }
    String bank = golden.replace(".outline.json", ".md");
    String text = Files.readString(BANKS.resolve(bank), StandardCharsets.UTF_8);
    List<Finding> findings = RuleHarness.lint(rules(), text, "");
    assertThat(findings)
        .as("findings on the answer-headings of %s", bank)
        .filteredOn(f -> answerHeadings.contains(f.line()))
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
