package io.github.qbanklint.rules.math;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.document.Document;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * KaTeX's own test expressions ({@code katex-cases.portable.jsonl}, from KaTeX 0.19.1), each in its
 * own document: inline ones as {@code $`…`$}, display ones and those that a code span cannot hold
 * in a {@code ```math} block. The math rules must accept every valid one and reject at least 95% of
 * the invalid ones ({@code math-suspicious} warns about TeX that KaTeX accepts, so it is left out).
 * The two {@code \bigl{(}} cases labelled invalid are accepted by KaTeX 0.19 and count as valid
 * here.
 */
class KatexConformanceTest {
  private static final Set<String> ACCEPTED_BY_KATEX_0_19 =
      Set.of("\\bigl{(}1+2\\bigr)3", "\\bigl(1+2\\bigr{)}3");

  private record Case(int number, String tex, boolean display, boolean valid) {}

  private static List<Case> cases;
  private static Map<String, List<Finding>> findingsByPath;

  @BeforeAll
  static void lintEveryCase() throws IOException {
    cases = readCases();
    List<Document> documents = new ArrayList<>();
    for (Case c : cases) {
      documents.add(Document.of(path(c), markdown(c)));
    }
    findingsByPath =
        MathLint.lint(documents, "").stream()
            .filter(f -> !f.ruleId().equals(SuspiciousTex.RULE))
            .collect(Collectors.groupingBy(Finding::path));
  }

  @Test
  void readsAllCases() {
    assertThat(cases).hasSize(913);
    assertThat(cases.stream().filter(Case::valid)).hasSize(698 + ACCEPTED_BY_KATEX_0_19.size());
  }

  @Test
  void acceptsEveryValidExpression() {
    List<String> falseAlarms = new ArrayList<>();
    for (Case c : cases) {
      if (c.valid() && findingsByPath.containsKey(path(c))) {
        falseAlarms.add(c.tex() + " -> " + findingsByPath.get(path(c)).get(0).message());
      }
    }
    assertThat(falseAlarms).isEmpty();
  }

  @Test
  void rejectsAtLeastNineteenInTwentyOfTheInvalidExpressions() {
    List<Case> invalid = cases.stream().filter(c -> !c.valid()).toList();
    long flagged = invalid.stream().filter(c -> findingsByPath.containsKey(path(c))).count();
    double share = 100.0 * flagged / invalid.size();
    System.out.printf(
        "KaTeX conformance: %d of %d invalid expressions flagged (%.1f%%), %d valid accepted%n",
        flagged, invalid.size(), share, cases.size() - invalid.size());
    invalid.stream()
        .filter(c -> !findingsByPath.containsKey(path(c)))
        .forEach(c -> System.out.println("  not flagged: " + c.tex().replace("\n", "⏎")));
    assertThat(share).isGreaterThanOrEqualTo(95.0);
  }

  private static String markdown(Case c) {
    boolean inline = !c.display() && !c.tex().contains("`") && !c.tex().contains("\n");
    return inline ? "$`" + c.tex() + "`$\n" : "```math\n" + c.tex() + "\n```\n";
  }

  private static String path(Case c) {
    return "case-" + c.number() + ".md";
  }

  private static List<Case> readCases() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Case> read = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                KatexConformanceTest.class.getResourceAsStream("/math/katex-cases.portable.jsonl"),
                StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        JsonNode node = json.readTree(line);
        String tex = node.get("tex").asText();
        boolean valid = node.get("valid").asBoolean() || ACCEPTED_BY_KATEX_0_19.contains(tex);
        read.add(new Case(read.size() + 1, tex, node.get("display").asBoolean(), valid));
      }
    }
    return read;
  }
}
