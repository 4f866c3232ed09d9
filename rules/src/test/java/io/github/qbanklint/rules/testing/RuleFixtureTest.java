package io.github.qbanklint.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Fix;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.fix.FixApplier;
import io.github.qbanklint.rules.BuiltInRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs a rule over its fixture files: {@code <family>/<rule-id>/*.md} on the test class path. A
 * subclass needs no code: {@code class EmptyAnswerRuleTest extends RuleFixtureTest {}} tests the
 * rule {@code empty-answer}. Every finding must be expected and every expectation found.
 */
public abstract class RuleFixtureTest {

  /** The rule under test; by default the built-in rule named after the test class. */
  protected Rule rule() {
    String id = ruleIdFromClassName(getClass().getSimpleName());
    return new BuiltInRules()
        .rules().stream()
            .filter(r -> r.id().equals(id))
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no built-in rule '" + id + "' for " + getClass().getSimpleName()));
  }

  static String ruleIdFromClassName(String simpleName) {
    String base = simpleName.replaceFirst("RuleTest$", "").replaceFirst("Test$", "");
    return base.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }

  @TestFactory
  Stream<DynamicTest> fixtures() throws IOException {
    Rule rule = rule();
    Path dir = fixtureDirectory(rule);
    List<Path> fixtures;
    try (Stream<Path> files = Files.list(dir)) {
      fixtures =
          files
              .filter(p -> p.toString().endsWith(".md") && !p.toString().endsWith(".fixed.md"))
              .sorted()
              .toList();
    }
    assertThat(fixtures).as("fixtures in %s", dir).isNotEmpty();
    List<FixtureMarkers.Parsed> parsed = fixtures.stream().map(RuleFixtureTest::parse).toList();
    assertThat(parsed.stream().mapToInt(p -> p.expectations().size()).sum())
        .as("fixtures of %s expect at least one finding", rule.id())
        .isPositive();
    assertThat(parsed.stream().anyMatch(p -> p.expectations().isEmpty()))
        .as("fixtures of %s include a negative case (a file with no expected finding)", rule.id())
        .isTrue();
    if (rule.meta().fixable()) {
      assertThat(fixtures.stream().anyMatch(p -> Files.exists(fixedPath(p))))
          .as("fixable rule %s has a .fixed.md fixture", rule.id())
          .isTrue();
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < fixtures.size(); i++) {
      Path fixture = fixtures.get(i);
      FixtureMarkers.Parsed p = parsed.get(i);
      tests.add(
          DynamicTest.dynamicTest(
              fixture.getFileName().toString(),
              fixture.toUri(),
              () -> check(List.of(rule), fixture, p)));
    }
    return tests.stream();
  }

  /**
   * Tests for folders of fixtures under the rule's fixture directory, each linted as one workspace
   * (a workspace rule sees all its files): every file's findings against its own markers, strictly
   * both ways. A {@code fixture-config} comment in any of the files configures the whole folder.
   */
  protected Stream<DynamicTest> workspaceFixtures(String... folders) {
    Rule rule = rule();
    return Stream.of(folders)
        .map(
            folder ->
                DynamicTest.dynamicTest(
                    folder + "/",
                    () -> checkWorkspace(rule, fixtureDirectory(rule).resolve(folder))));
  }

  private static void checkWorkspace(Rule rule, Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertThat(files).as("fixtures in %s", folder).hasSizeGreaterThan(1);
    Map<String, FixtureMarkers.Parsed> parsed = new LinkedHashMap<>();
    files.forEach(f -> parsed.put(f.getFileName().toString(), parse(f)));
    String config =
        parsed.values().stream()
            .map(FixtureMarkers.Parsed::configYaml)
            .collect(Collectors.joining());
    List<Document> documents =
        parsed.entrySet().stream()
            .map(e -> Document.of(e.getKey(), e.getValue().blankedText()))
            .toList();
    List<Finding> actual = RuleHarness.run(rule, config, documents).findings();
    StringBuilder problems = new StringBuilder();
    for (Map.Entry<String, FixtureMarkers.Parsed> e : parsed.entrySet()) {
      List<Finding> inFile = actual.stream().filter(f -> f.path().equals(e.getKey())).toList();
      problems.append(compare(e.getKey(), inFile, e.getValue().expectations()));
    }
    assertThat(problems.toString()).as("findings of %s in %s", rule.id(), folder).isEmpty();
  }

  /**
   * Lints a fixture with {@code rules} together and checks its findings against its markers,
   * strictly both ways; with a {@code .fixed.md} beside it, also what the fixes make of it.
   */
  static void check(List<Rule> rules, Path fixture, FixtureMarkers.Parsed parsed)
      throws IOException {
    List<Finding> actual = RuleHarness.lint(rules, parsed.blankedText(), parsed.configYaml());
    String problems = compare(fixture.getFileName().toString(), actual, parsed.expectations());
    assertThat(problems)
        .as("findings of %s on %s", rules.stream().map(Rule::id).toList(), fixture.getFileName())
        .isEmpty();

    Path fixed = fixedPath(fixture);
    if (Files.exists(fixed)) {
      List<Fix> fixes = actual.stream().flatMap(f -> f.fix().stream()).toList();
      String after = FixApplier.apply(parsed.blankedText(), fixes).text();
      assertThat(after)
          .as("text after fixes of %s", fixture.getFileName())
          .isEqualTo(Files.readString(fixed, StandardCharsets.UTF_8));
      assertThat(RuleHarness.lint(rules, after, parsed.configYaml()))
          .as("findings after fixing %s", fixture.getFileName())
          .isEmpty();
    }
  }

  /** Each expectation missing from the findings and each finding not expected, one a line. */
  private static String compare(
      String file, List<Finding> actual, List<FixtureMarkers.Expectation> expectations) {
    List<Finding> unexpected = new ArrayList<>(actual);
    List<FixtureMarkers.Expectation> missing = new ArrayList<>();
    for (FixtureMarkers.Expectation e : expectations) {
      Optional<Finding> match = unexpected.stream().filter(f -> matches(e, f)).findFirst();
      if (match.isPresent()) {
        unexpected.remove(match.get());
      } else {
        missing.add(e);
      }
    }
    StringBuilder problems = new StringBuilder();
    for (FixtureMarkers.Expectation e : missing) {
      problems
          .append("\n  missing   ")
          .append(file)
          .append(':')
          .append(e.line())
          .append(e.column().map(c -> ":" + c).orElse(""))
          .append("  ")
          .append(e.marker());
    }
    for (Finding f : unexpected) {
      problems
          .append("\n  unexpected ")
          .append(file)
          .append(':')
          .append(f.line())
          .append(':')
          .append(f.column())
          .append("  ")
          .append(f.ruleId())
          .append("  ")
          .append(f.message());
    }
    return problems.toString();
  }

  private static boolean matches(FixtureMarkers.Expectation e, Finding f) {
    return f.ruleId().equals(e.ruleId())
        && f.line() == e.line()
        && e.column().map(c -> c == f.column()).orElse(true)
        && e.messagePart().map(m -> f.message().contains(m)).orElse(true);
  }

  private static Path fixedPath(Path fixture) {
    String name = fixture.getFileName().toString();
    return fixture.resolveSibling(name.substring(0, name.length() - 3) + ".fixed.md");
  }

  static FixtureMarkers.Parsed parse(Path fixture) {
    try {
      return FixtureMarkers.parse(Files.readString(fixture, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path fixtureDirectory(Rule rule) {
    String resource = "/" + rule.meta().family() + "/" + rule.id();
    URL url = getClass().getResource(resource);
    assertThat(url).as("fixture directory %s on the test class path", resource).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
