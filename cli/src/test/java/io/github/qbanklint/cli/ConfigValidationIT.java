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
    assertOneLine(check(), ":2:3: links.connectTimeout: '0s' is not in the range 1ms to 10m");
    Files.writeString(config, "links:\n  retries: 100000\n");
    assertOneLine(check(), ":2:3: links.retries: 100000 is not in the range 0 to 10");
  }

  @Test
  void aValueOfTheWrongTypeExitsTwoInPlainWords() throws Exception {
    Files.writeString(config, "rules:\n  empty-answer:\n    severity: 3\n");
    assertOneLine(
        check(), ":3:5: rules.empty-answer.severity: '3' is not one of error, warning, info");
    Files.writeString(config, "include: 5\n");
    assertOneLine(check(), ":1:1: include: expected a list, found '5'");
  }

  @Test
  void aBadRegexExitsTwoWithTheRegexError() throws Exception {
    Files.writeString(config, "conventions:\n  numberPattern: '(\\d+'\n");
    assertOneLine(
        check(),
        ":2:3: conventions.numberPattern: '(\\d+' is not a valid regex: Unclosed group near"
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
            "qbank-lint: " + named + ":2:3: links.retries: -1 is not in the range 0 to 10");
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
}
