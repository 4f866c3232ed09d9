package io.github.qbanklint.rules.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.rules.BuiltInRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every built-in rule has {@code docs/rules/<id>.md} whose front matter agrees with its metadata.
 */
class RuleDocsTest {
  private static final Path DOCS = Path.of("..", "docs", "rules");

  @TestFactory
  Stream<DynamicTest> everyRuleHasAMatchingPage() {
    return new BuiltInRules()
        .rules().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> checkPage(rule)));
  }

  private static void checkPage(Rule rule) throws IOException {
    Path page = DOCS.resolve(rule.id() + ".md");
    assertThat(page).as("docs page for %s", rule.id()).exists();
    String text = Files.readString(page, StandardCharsets.UTF_8);
    Map<String, String> front = frontMatter(text);
    assertThat(front.get("id")).as("id in %s", page).isEqualTo(rule.id());
    assertThat(front.get("severity"))
        .as("severity in %s", page)
        .isEqualTo(rule.meta().defaultSeverity().id());
    assertThat(front.get("family")).as("family in %s", page).isEqualTo(rule.meta().family());
    assertThat(text).as("%s has a bad and a good example", page).contains("## Bad", "## Good");
  }

  private static Map<String, String> frontMatter(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    String[] lines = text.split("\\R");
    if (lines.length == 0 || !lines[0].equals("---")) {
      return values;
    }
    for (int i = 1; i < lines.length && !lines[i].equals("---"); i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        values.put(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
      }
    }
    return values;
  }
}
