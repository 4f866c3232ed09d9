package io.github.qbanklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.qbanklint.core.api.ProjectLinks;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.testing.Workspaces;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReporterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  @TempDir Path dir;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in =
        SarifReporterTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }

  private JsonNode sarif(LintResult result) throws Exception {
    String text = Workspaces.render(new SarifReporter(), result, Workspaces.context(dir));
    JsonNode log = JSON.readTree(text);
    Set<ValidationMessage> errors = schema.validate(log);
    assertThat(errors).as("schema violations").isEmpty();
    return log;
  }

  @Test
  void theExampleBankValidatesAgainstTheSarifSchema() throws Exception {
    Workspaces.write(dir, "bank/README.md", Workspaces.exampleBankText());
    LintResult result = Workspaces.lint(dir);

    JsonNode run = sarif(result).path("runs").get(0);

    assertThat(run.path("results")).hasSize(result.findings().size());
    assertThat(run.path("columnKind").asText()).isEqualTo("unicodeCodePoints");
    long unanswered =
        result.findings().stream().filter(f -> f.ruleId().equals("test-unanswered")).count();
    assertThat(unanswered).isEqualTo(59);
  }

  @Test
  void describesEachRuleWithItsSummaryAndDocsPage() throws Exception {
    Workspaces.write(dir, "bank.md", "## S\n\n### Q1: What?\n");
    JsonNode rules = sarif(Workspaces.lint(dir)).at("/runs/0/tool/driver/rules");

    assertThat(rules).hasSize(2);
    assertThat(rules.get(0).path("id").asText()).isEqualTo("test-unanswered");
    assertThat(rules.get(0).at("/shortDescription/text").asText())
        .isEqualTo("A question has no answer.");
    // SARIF's helpUri is an absolute URI: given only when the build knows the project's URL
    assertThat(rules.get(0).has("helpUri")).isEqualTo(ProjectLinks.BUILD.absolute());
    if (ProjectLinks.BUILD.absolute()) {
      assertThat(rules.get(0).path("helpUri").asText())
          .isEqualTo(ProjectLinks.BUILD.rule("test-unanswered"));
    }
    assertThat(rules.get(0).at("/defaultConfiguration/level").asText()).isEqualTo("error");
  }

  @Test
  void locatesResultsWithCodePointColumnsAndRelativeUris() throws Exception {
    Workspaces.write(dir, "题库/bank one.md", "价格 $5\n");
    JsonNode result = sarif(Workspaces.lint(dir)).at("/runs/0/results/0");

    assertThat(result.path("ruleId").asText()).isEqualTo("test-dollar");
    assertThat(result.path("ruleIndex").asInt()).isEqualTo(1);
    assertThat(result.path("level").asText()).isEqualTo("warning");
    JsonNode location = result.at("/locations/0/physicalLocation");
    assertThat(location.at("/artifactLocation/uri").asText())
        .isEqualTo("%E9%A2%98%E5%BA%93/bank%20one.md");
    assertThat(location.at("/region/startLine").asInt()).isEqualTo(1);
    assertThat(location.at("/region/startColumn").asInt()).isEqualTo(4);
    assertThat(location.at("/region/endColumn").asInt()).isEqualTo(5);
  }

  @Test
  void fingerprintsDoNotMoveWhenLinesAreInsertedAbove() throws Exception {
    String bank = "## S\n\n### Q1: What?\n\n### Q2: Why?\nCosts $5.\n";
    Workspaces.write(dir, "bank.md", bank);
    List<String> before = prints(sarif(Workspaces.lint(dir)));
    Workspaces.write(dir, "bank.md", "Intro.\n\nMore intro.\n\n" + bank);
    List<String> after = prints(sarif(Workspaces.lint(dir)));

    assertThat(before).hasSize(2).doesNotHaveDuplicates();
    assertThat(after).isEqualTo(before);
  }

  @Test
  void theSchemaCatchesAWrongLevel() throws Exception {
    Workspaces.write(dir, "bank.md", "$\n");
    String text =
        Workspaces.render(new SarifReporter(), Workspaces.lint(dir), Workspaces.context(dir));

    JsonNode broken =
        JSON.readTree(text.replace("\"level\" : \"warning\"", "\"level\" : \"fatal\""));

    assertThat(schema.validate(broken)).isNotEmpty();
  }

  private static List<String> prints(JsonNode log) {
    List<String> prints = new ArrayList<>();
    log.at("/runs/0/results")
        .forEach(
            r ->
                prints.add(
                    r.at("/partialFingerprints").path(SarifReporter.FINGERPRINT_KEY).asText()));
    return prints;
  }
}
