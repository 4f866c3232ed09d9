package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.qbanklint.core.report.testing.XmlSchema;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Every output format of one check of the example bank, read back as its consumers would. */
class ReportFormatsIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path out;
  private JsonNode findings;

  @BeforeEach
  void checkTheExampleBankInEveryFormat() throws Exception {
    Path bank = Files.createDirectories(dir.resolve("bank")).resolve("README.md");
    Files.copy(CliRunner.EXAMPLE_BANK, bank);
    CliRunner.Result r =
        CliRunner.run(
            dir,
            "check",
            "bank",
            "--format",
            "json,sarif,junit,checkstyle,github,markdown",
            "--output-dir",
            "out",
            "--fail-on",
            "none");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    out = dir.resolve("out");
    findings = JSON.readTree(out.resolve("qbank-lint.json").toFile()).get("findings");
    assertThat(findings.size()).isGreaterThanOrEqualTo(60);
  }

  private static Document xml(Path file) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }

  @Test
  void sarifValidatesAgainstTheSchemaAndHasEveryFinding() throws Exception {
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
    JsonNode sarif = JSON.readTree(out.resolve("qbank-lint.sarif").toFile());

    assertThat(schema.validate(sarif)).isEmpty();
    JsonNode results = sarif.at("/runs/0/results");
    assertThat(results.size()).isEqualTo(findings.size());
    JsonNode first = results.get(0);
    assertThat(first.path("ruleId").asText()).isEqualTo(findings.get(0).path("rule").asText());
    assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(findings.get(0).path("line").asInt());
    assertThat(sarif.at("/runs/0/tool/driver/rules").findValuesAsText("id"))
        .contains("empty-answer", "empty-section");
  }

  @Test
  void junitAndCheckstyleParseWithTheRightCounts() throws Exception {
    Path junitFile = out.resolve("qbank-lint-junit.xml");
    String junitText = Files.readString(junitFile, StandardCharsets.UTF_8);
    assertThat(XmlSchema.load("/junit/junit-report.xsd").validate(junitText)).isEmpty();
    assertThat(XmlSchema.commonJunit().validate(junitText)).isEmpty();
    Document junit = xml(junitFile);
    Document checkstyle = xml(out.resolve("qbank-lint-checkstyle.xml"));

    assertThat(junit.getElementsByTagName("testsuite").getLength()).isEqualTo(1);
    assertThat(junit.getElementsByTagName("failure").getLength()).isEqualTo(findings.size());
    assertThat(junit.getDocumentElement().getAttribute("failures"))
        .isEqualTo(String.valueOf(findings.size()));
    assertThat(checkstyle.getElementsByTagName("file").getLength()).isEqualTo(1);
    assertThat(checkstyle.getElementsByTagName("error").getLength()).isEqualTo(findings.size());
    long emptyAnswers =
        countMatching(
            Files.readString(out.resolve("qbank-lint-checkstyle.xml")), "source=\"empty-answer\"");
    assertThat(emptyAnswers).isEqualTo(59);
  }

  @Test
  void githubLinesCarryFileLineAndColumnOfEachFinding() throws Exception {
    Pattern command =
        Pattern.compile("::(error|warning|notice) file=([^,]+),line=(\\d+),col=(\\d+),.*");
    List<String> lines =
        Files.readAllLines(out.resolve("qbank-lint-github.txt"), StandardCharsets.UTF_8);

    assertThat(lines).hasSize(findings.size() + 1);
    for (int i = 0; i < findings.size(); i++) {
      Matcher m = command.matcher(lines.get(i));
      assertThat(m.matches()).as(lines.get(i)).isTrue();
      assertThat(m.group(2)).isEqualTo("bank/README.md");
      assertThat(Integer.parseInt(m.group(3))).isEqualTo(findings.get(i).path("line").asInt());
      assertThat(Integer.parseInt(m.group(4))).isEqualTo(findings.get(i).path("column").asInt());
    }
  }

  @Test
  void markdownSummaryCountsRulesAndUnansweredQuestions() throws Exception {
    String md = Files.readString(out.resolve("qbank-lint.md"), StandardCharsets.UTF_8);

    assertThat(md).startsWith("## qbank-lint\n").contains("| error | 59 |");
    assertThat(md).contains("59 of 186 questions have no answer yet.");
  }

  private static long countMatching(String text, String needle) {
    return text.split(Pattern.quote(needle), -1).length - 1L;
  }
}
