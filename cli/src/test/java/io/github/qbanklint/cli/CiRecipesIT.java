package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI samples in {@code docs/ci/} parse as YAML, and the qbank-lint commands they run work here,
 * on a copy of the example bank, and leave the files their later steps read.
 */
class CiRecipesIT {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Path CI = Path.of("..", "docs", "ci").toAbsolutePath().normalize();
  private static final String JAR = "cli/target/qbank-lint.jar";

  @TempDir Path dir;

  @BeforeEach
  void copyTheExampleBankWhereTheRecipesExpectIt() throws Exception {
    Files.copy(
        CliRunner.EXAMPLE_BANK,
        Files.createDirectories(dir.resolve("examples/interview-bank")).resolve("README.md"));
  }

  @Test
  void githubWorkflowChecksUploadsSarifSummarisesAndCachesLinks() throws Exception {
    JsonNode workflow = YAML.readTree(CI.resolve("github-actions.yml").toFile());
    JsonNode steps = workflow.at("/jobs/lint/steps");
    Map<String, String> env =
        Map.of(
            "BANK",
            workflow.at("/env/BANK").asText(),
            "OUT",
            workflow.at("/env/OUT").asText(),
            // set by GitHub in every job
            "GITHUB_SERVER_URL",
            "https://github.com",
            "GITHUB_REPOSITORY",
            "o/r",
            "GITHUB_SHA",
            "0123456789abcdef0123456789abcdef01234567");
    assertThat(workflow.at("/permissions/security-events").asText()).isEqualTo("write");

    List<String> uses = new ArrayList<>();
    List<String> runs = new ArrayList<>();
    steps.forEach(
        s -> {
          uses.add(s.path("uses").asText());
          runs.add(s.path("run").asText());
        });
    assertThat(uses).anyMatch(u -> u.startsWith("github/codeql-action/upload-sarif@"));
    assertThat(uses).anyMatch(u -> u.startsWith("actions/cache@"));
    JsonNode cache = find(steps, "actions/cache@");
    assertThat(cache.at("/with/path").asText()).isEqualTo("~/.cache/qbank-lint");
    assertThat(steps.toString()).doesNotContain(".qbank-lint-cache.json");
    assertThat(String.join("\n", runs)).contains(">> \"$GITHUB_STEP_SUMMARY\"");

    runQbankLintCommands(runs, env);

    Path sarif =
        dir.resolve(
            find(steps, "github/codeql-action/upload-sarif@").at("/with/sarif_file").asText());
    assertThat(sarif).isRegularFile();
    for (String catted : catted(runs, env)) {
      assertThat(dir.resolve(catted)).as(catted).isRegularFile();
    }
    JsonNode save = find(steps, "actions/cache/save@");
    assertThat(find(steps, "actions/cache/restore@").at("/with/path"))
        .isEqualTo(save.at("/with/path"));
    assertThat(save.path("if").asText()).isEqualTo("${{ !cancelled() }}");
    assertThat(dir.resolve(save.at("/with/path").asText())).as("the history file").isRegularFile();
  }

  @Test
  void gitlabJobPrintsFindingsAndHandsOverTheJunitReport() throws Exception {
    JsonNode job = YAML.readTree(CI.resolve("gitlab-ci.yml").toFile()).get("qbank-lint");
    List<String> cached = new ArrayList<>();
    job.at("/cache/paths").forEach(p -> cached.add(p.asText()));
    assertThat(cached).contains(".cache/qbank-lint/").doesNotContain(".qbank-lint-cache.json");
    assertThat(job.at("/variables/XDG_CACHE_HOME").asText()).isEqualTo("$CI_PROJECT_DIR/.cache");
    Map<String, String> env =
        Map.of(
            "BANK", job.at("/variables/BANK").asText(), "OUT", job.at("/variables/OUT").asText());
    List<String> script = new ArrayList<>();
    job.get("script").forEach(s -> script.add(s.asText()));
    assertThat(job.at("/artifacts/when").asText()).isEqualTo("always");

    runQbankLintCommands(script, env);

    assertThat(dir.resolve(job.at("/artifacts/reports/junit").asText())).isRegularFile();
    for (String catted : catted(script, env)) {
      assertThat(dir.resolve(catted)).as(catted).isRegularFile();
    }
  }

  private static JsonNode find(JsonNode steps, String usesPrefix) {
    for (JsonNode s : steps) {
      if (s.path("uses").asText().startsWith(usesPrefix)) {
        return s;
      }
    }
    throw new AssertionError("no step uses " + usesPrefix);
  }

  /** Runs each {@code java -jar cli/target/qbank-lint.jar …} line; findings (exit 1) are fine. */
  private void runQbankLintCommands(List<String> commands, Map<String, String> env)
      throws Exception {
    int ran = 0;
    for (String command : commands) {
      for (String line : command.lines().toList()) {
        int jar = line.indexOf(JAR);
        if (jar < 0) {
          continue;
        }
        String args = expand(line.substring(jar + JAR.length()).replace("|| status=$?", ""), env);
        String[] words =
            Arrays.stream(args.trim().split("\\s+"))
                .map(w -> w.replace("\"", ""))
                .toArray(String[]::new);
        CliRunner.Result r = CliRunner.run(dir, words);
        assertThat(r.exitCode()).as(line + "\n" + r.stderr()).isBetween(0, 1);
        ran++;
      }
    }
    assertThat(ran).isPositive();
  }

  /** The files the recipes {@code cat}. */
  private static List<String> catted(List<String> commands, Map<String, String> env) {
    List<String> files = new ArrayList<>();
    for (String command : commands) {
      for (String line : command.lines().map(String::strip).toList()) {
        if (line.startsWith("- ")) {
          line = line.substring(2);
        }
        if (line.startsWith("cat ")) {
          files.add(expand(line.substring(4).split(">>")[0].strip().replace("\"", ""), env));
        }
      }
    }
    assertThat(files).isNotEmpty();
    return files;
  }

  private static String expand(String text, Map<String, String> env) {
    String out = text;
    for (Map.Entry<String, String> e : env.entrySet()) {
      out = out.replace("$" + e.getKey(), e.getValue());
    }
    return out;
  }
}
