package io.github.qbanklint.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A value of the wrong type or outside what a key allows is one plain line at the key: what the key
 * takes and what was found, never a class name of the program or its libraries.
 */
class ConfigMessagesTest {
  private static final Path FILE = Path.of(".qbank-lint.yml");

  private static String messageFor(String yaml) {
    try {
      ConfigLoader.parse(FILE, yaml);
    } catch (ConfigException e) {
      return e.describe();
    }
    throw new AssertionError("accepted: " + yaml);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "rules:\n  empty-answer:\n    severity: 3\n",
        "rules:\n  empty-answer:\n    severity: [error]\n",
        "rules:\n  empty-answer:\n    enabled: maybe\n",
        "rules:\n  empty-answer: [a]\n",
        "rules:\n  empty-answer: warn\n",
        "rules: [a]\n",
        "rules: 5\n",
        "include: 5\n",
        "include: {a: b}\n",
        "include: [[a]]\n",
        "include: [~]\n",
        "exclude: ['[a']\n",
        "maxFileBytes: lots\n",
        "maxFileBytes: [1]\n",
        "links: [a]\n",
        "links: 5\n",
        "links:\n  remote: sometimes\n",
        "links:\n  connectTimeout: soon\n",
        "links:\n  connectTimeout: {a: 1}\n",
        "links:\n  acceptedStatuses: ['2xx']\n",
        "links:\n  include: ['(unclosed']\n",
        "math:\n  profile: gfm\n",
        "math:\n  macros: {R: [a]}\n",
        "math:\n  macros: {R: ~}\n",
        "conventions:\n  numberPattern: '(?<number>\\d+'\n",
        "conventions:\n  questionPatterns: ['[a']\n",
        "conventions:\n  shapes: [heading]\n",
        "conventions:\n  questionMarkEndsQuestion: 3\n",
        "- a\n- b\n",
        "just text\n",
        "a: [b\n",
        "a: b: c\n",
        "a: !!binary x\n",
        "include: [a]\ninclude: [b]\n",
        "%YAML 9\n---\na: 1\n",
      })
  void everyBadValueIsOnePlainLineAtALine(String yaml) {
    assertThat(messageFor(yaml))
        .startsWith(".qbank-lint.yml:")
        .matches("\\.qbank-lint\\.yml:[1-9]\\d*:[1-9]\\d*: .*")
        .doesNotContain("\n", "\r", "java.", "jackson", "Jackson", "snakeyaml", "io.github")
        .doesNotContain("Cannot deserialize", "`", "Base64Variant", "StringReader");
  }

  @Test
  void aSeverityOutsideTheListNamesTheAllowedOnes() {
    assertThat(messageFor("rules:\n  empty-answer:\n    severity: warn\n"))
        .isEqualTo(
            ".qbank-lint.yml:3:15: rules.empty-answer.severity: 'warn' is not one of error,"
                + " warning, info; did you mean 'warning'?");
    assertThat(messageFor("rules:\n  empty-answer: warn\n"))
        .isEqualTo(
            ".qbank-lint.yml:2:17: rules.empty-answer: 'warn' is not one of error, warning, info,"
                + " off; did you mean 'warning'?");
    assertThat(messageFor("rules:\n  empty-answer:\n    severity: 3\n"))
        .isEqualTo(
            ".qbank-lint.yml:3:15: rules.empty-answer.severity: '3' is not one of error, warning,"
                + " info");
  }

  @Test
  void aWrongTypeSaysWhatTheKeyTakesAndWhatWasFound() {
    assertThat(messageFor("rules: [a]\n"))
        .isEqualTo(".qbank-lint.yml:1:8: rules: expected a map, found a list");
    assertThat(messageFor("include: 5\n"))
        .isEqualTo(".qbank-lint.yml:1:10: include: expected a list, found '5'");
    assertThat(messageFor("exclude: {drafts: true}\n"))
        .isEqualTo(".qbank-lint.yml:1:10: exclude: expected a list, found a map");
    assertThat(messageFor("links:\n  remote: sometimes\n"))
        .isEqualTo(".qbank-lint.yml:2:11: links.remote: expected true or false, found 'sometimes'");
    assertThat(messageFor("links: [a]\n"))
        .isEqualTo(".qbank-lint.yml:1:8: links: expected a map of settings, found a list");
  }

  @Test
  void aValueOutsideAFixedSetListsTheSet() {
    assertThat(messageFor("math:\n  profile: gfm\n"))
        .isEqualTo(
            ".qbank-lint.yml:2:12: math.profile: 'gfm' is not one of github, remark, pandoc,"
                + " vscode");
    assertThat(messageFor("conventions:\n  shapes: [heading]\n"))
        .startsWith(
            ".qbank-lint.yml:2:12: conventions.shapes[0]: 'heading' is not one of heading-marker,");
  }

  @Test
  void aBadRegexNamesTheKeyLineAndTheRegexError() {
    assertThat(messageFor("conventions:\n  numberPattern: '(?<number>\\d+'\n"))
        .isEqualTo(
            ".qbank-lint.yml:2:18: conventions.numberPattern: '(?<number>\\d+' is not a valid"
                + " regex: Unclosed group near character 14");
    assertThat(messageFor("links:\n  include:\n    - 'https://ok/.*'\n    - '(unclosed'\n"))
        .startsWith(
            ".qbank-lint.yml:4:7: links.include[1]: '(unclosed' is not a valid regex: Unclosed"
                + " group");
  }

  @Test
  void aBadGlobNamesTheKeyAndTheGlobError() {
    assertThat(messageFor("exclude: ['drafts/[a']\n"))
        .startsWith(".qbank-lint.yml:1:11: exclude[0]: 'drafts/[a' is not a valid glob: ");
  }

  @Test
  void anEmptyListEntryOrMapValueIsRefusedAtIt() {
    assertThat(messageFor("include:\n  - '**/*.md'\n  - ~\n"))
        .isEqualTo(".qbank-lint.yml:3:5: include[1]: has no value; write one, or remove the entry");
    assertThat(messageFor("rules:\n  empty-answer:\n"))
        .startsWith(".qbank-lint.yml:2:16: rules.empty-answer: has no value");
  }

  @Test
  void brokenYamlIsOneLineAtTheProblem() {
    assertThat(messageFor("include: [a\n"))
        .isEqualTo(
            ".qbank-lint.yml:2:1: not valid YAML: expected ',' or ']', but got <stream end>"
                + " (while parsing a flow sequence)");
    assertThat(messageFor("a: b: c\n"))
        .isEqualTo(".qbank-lint.yml:1:5: not valid YAML: mapping values are not allowed here");
  }

  @Test
  void aDocumentThatIsNotAMapSaysWhatAConfigIs() {
    assertThat(messageFor("- a\n"))
        .isEqualTo(
            ".qbank-lint.yml:1:1: the config must be a map of keys such as include, rules and"
                + " links, not a list");
  }
}
