package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A config that is out of range, of the wrong type, or not UTF-8 stops the packaged CLI with one
 * line at the key and exit code 2, before anything is linted.
 */
class ConfigValidationIT {
  @TempDir Path dir;
  private Path project;
  private Path config;

  @BeforeEach
  void bankWithAnUnansweredQuestion() throws Exception {
    project = Files.createDirectories(dir.resolve("project"));
    Files.writeString(project.resolve("README.md"), "## 面试题\n\n### 问题1：什么是召回？\n\nTODO\n");
    config = project.resolve(".qbank-lint.yml");
  }

  private CliRunner.Result check(String... extra) throws Exception {
    String[] args = new String[extra.length + 2];
    args[0] = "check";
    args[1] = ".";
    System.arraycopy(extra, 0, args, 2, extra.length);
    return CliRunner.run(project, args);
  }

  private void assertOneLine(CliRunner.Result r, String positionAndMessage) throws Exception {
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr().lines())
        .containsExactly("qbank-lint: " + config.toRealPath() + positionAndMessage);
  }

  @Test
  void outOfRangeValuesExitTwoWithTheRange() throws Exception {
    Files.writeString(config, "links:\n  connectTimeout: 0s\n");
    assertOneLine(check(), ":2:19: links.connectTimeout: '0s' is not in the range 1ms to 10m");
    Files.writeString(config, "links:\n  retries: 100000\n");
    assertOneLine(check(), ":2:12: links.retries: 100000 is not in the range 0 to 10");
    Files.writeString(config, "rules:\n  thin-answer:\n    minLength: -3\n");
    assertOneLine(check(), ":3:16: rules.thin-answer.minLength: -3 is not in the range 0 to 10000");
  }

  @Test
  void aValueOfTheWrongTypeExitsTwoInPlainWords() throws Exception {
    Files.writeString(config, "rules:\n  empty-answer:\n    severity: 3\n");
    assertOneLine(
        check(), ":3:15: rules.empty-answer.severity: '3' is not one of error, warning, info");
    Files.writeString(config, "include: 5\n");
    assertOneLine(check(), ":1:10: include: expected a list, found '5'");
  }

  @Test
  void aBadRegexExitsTwoWithTheRegexError() throws Exception {
    Files.writeString(config, "conventions:\n  numberPattern: '(\\d+'\n");
    assertOneLine(
        check(),
        ":2:18: conventions.numberPattern: '(\\d+' is not a valid regex: Unclosed group near"
            + " character 5");
  }

  @Test
  void aConfigThatIsNotUtf8ExitsTwoAtTheBadByte() throws Exception {
    Files.write(
        config,
        ("exclude:\n  - 'dr" + (char) 0xE9 + "fts/**'\n").getBytes(StandardCharsets.ISO_8859_1));
    assertOneLine(check(), ":2:8: the config is not valid UTF-8 (byte 0xE9); save it as UTF-8");
    Files.write(config, "exclude: []\n".getBytes(StandardCharsets.UTF_16));
    assertOneLine(
        check(), ": the config is UTF-16 text (it starts with a UTF-16 mark); save it as UTF-8");
  }

  @Test
  void aNamedConfigIsCheckedTheSameWay() throws Exception {
    Path named = Files.writeString(dir.resolve("named.yml"), "links:\n  retries: -1\n");
    CliRunner.Result r = check("--config", named.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr().lines())
        .containsExactly(
            "qbank-lint: " + named + ":2:12: links.retries: -1 is not in the range 0 to 10");
  }

  @Test
  void anUnreadableConfigExitsTwoSayingPermissionDenied() throws Exception {
    Files.writeString(config, "exclude: []\n");
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("---------"));
    assumeThat(Files.isReadable(config)).as("run as a user that permissions apply to").isFalse();
    assertOneLine(check(), ": cannot read the config: permission denied");
  }

  @Test
  void aConfigOfOnlyATildeMeansEveryDefault() throws Exception {
    Files.writeString(config, "~\n");
    CliRunner.Result r = check();
    assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
    assertThat(r.stdout()).contains("empty-answer").contains("1 file checked: 1 error");
  }

  @Test
  void aMistypedKeyNamesTheKeyMeantAtTheKey() throws Exception {
    Files.writeString(config, "conventoins:\n  shapes: []\n");
    assertOneLine(check(), ":1:1: unknown key 'conventoins'; did you mean 'conventions'?");
    Files.writeString(config, "links:\n  retires: 2\n");
    assertOneLine(check(), ":2:3: unknown key 'links.retires'; did you mean 'links.retries'?");
    Files.writeString(config, "rules:\n  empty-answer:\n    severty: warning\n");
    assertOneLine(
        check(), ":3:5: unknown option 'severty' for rule empty-answer; did you mean 'severity'?");
  }

  @Test
  void aMistypedRuleIdNamesTheRuleMeant() throws Exception {
    Files.writeString(config, "rules:\n  empty-anwser: warning\n");
    assertOneLine(
        check(),
        ":2:17: unknown rule 'empty-anwser' under rules (see 'qbank-lint rules'); did you mean"
            + " 'empty-answer'?");
  }

  @Test
  void aWordOfSeveralRuleIdsNamesThemAllAndAnUnrelatedOneNone() throws Exception {
    Files.writeString(config, "rules:\n  numbering: off\n");
    assertOneLine(
        check(),
        ":2:14: unknown rule 'numbering' under rules (see 'qbank-lint rules'); did you mean"
            + " 'question-numbering' or 'section-numbering'?");
    Files.writeString(config, "rules:\n  spelling: off\n");
    assertOneLine(check(), ":2:13: unknown rule 'spelling' under rules (see 'qbank-lint rules')");
  }

  @Test
  void aMistypedValueListsTheAllowedValuesAndTheOneMeantAtTheValue() throws Exception {
    Files.writeString(config, "rules:\n  empty-answer: warn\n");
    assertOneLine(
        check(),
        ":2:17: rules.empty-answer: 'warn' is not one of error, warning, info, off; did you mean"
            + " 'warning'?");
    Files.writeString(config, "math:\n  profile: gihub\n");
    assertOneLine(
        check(),
        ":2:12: math.profile: 'gihub' is not one of github, remark, pandoc, vscode; did you mean"
            + " 'github'?");
    Files.writeString(config, "rules:\n  duplicate-question:\n    scope: files\n");
    assertOneLine(
        check(),
        ":3:12: rules.duplicate-question.scope: 'files' is not one of workspace, file; did you"
            + " mean 'file'?");
  }

  @Test
  void aSectionOrOptionOfTheWrongTypeNamesNoJavaType() throws Exception {
    Files.writeString(config, "math: github\n");
    assertOneLine(check(), ":1:7: math: expected a map of settings, found 'github'");
    Files.writeString(config, "rules:\n  thin-answer:\n    minLength: lots\n");
    assertOneLine(
        check(), ":3:16: rules.thin-answer.minLength: expected a whole number, found 'lots'");
    Files.writeString(config, "rules:\n  duplicate-question:\n    nearThreshold: 2\n");
    assertOneLine(
        check(), ":3:20: rules.duplicate-question.nearThreshold: 2 is not in the range 0.5 to 1");
  }

  @Test
  void aBadRegexInARuleOptionNamesTheKeyLineAndRegexErrorBeforeLinting() throws Exception {
    Files.writeString(config, "rules:\n  declared-count:\n    pattern: '共(\\d+'\n");
    assertOneLine(
        check(),
        ":3:14: rules.declared-count.pattern: '共(\\d+' is not a valid regex: Unclosed group near"
            + " character 6");
    Files.writeString(config, "rules:\n  declared-count:\n    pattern: '共(\\d+)题'\n");
    assertOneLine(
        check(),
        ":3:14: rules.declared-count.pattern: '共(\\d+)题' has no group named 'count'; write"
            + " (?<count>…)");
  }

  @Test
  void aTabIndentSaysSo() throws Exception {
    Files.writeString(config, "conventions:\n\tshapes: []\n");
    assertOneLine(check(), ":2:1: not valid YAML: a tab cannot indent YAML; indent with spaces");
  }
}
