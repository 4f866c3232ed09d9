package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.qbanklint.core.report.testing.XmlSchema;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files whose names are not plain URI path characters, checked through the real CLI: the SARIF and
 * JUnit reports stay valid and name every file so that it is found again.
 */
class FileNameFormatsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> NAMES =
      List.of(
          "a,b:c.md",
          "x:y.md",
          "with space.md",
          "h#sh.md",
          "pct%41.md",
          "what?.md",
          "题库/问题.md",
          "\uD835\uDC9C astral.md",
          "brack[1]&amp;.md",
          "dir:colon/inner.md");

  @TempDir Path dir;

  @Test
  void sarifUrisAreRelativeReferencesToTheFilesAndTheLogValidates() throws Exception {
    writeBanks();

    CliRunner.Result r =
        CliRunner.run(dir, "check", ".", "--format", "sarif,junit", "--output-dir", "out");

    assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
    JsonNode sarif = JSON.readTree(dir.resolve("out/qbank-lint.sarif").toFile());
    assertThat(sarifSchema().validate(sarif)).isEmpty();
    Set<String> found = new TreeSet<>();
    for (JsonNode uri : sarif.findValues("uri")) {
      URI reference = URI.create(uri.asText());
      assertThat(reference.getScheme()).as(uri.asText()).isNull();
      assertThat(reference.getRawFragment()).as(uri.asText()).isNull();
      assertThat(reference.getRawQuery()).as(uri.asText()).isNull();
      assertThat(dir.resolve(reference.getPath())).as(uri.asText()).isRegularFile();
      found.add(reference.getPath());
    }
    assertThat(found).containsExactlyInAnyOrderElementsOf(NAMES);
  }

  @Test
  void junitValidatesAndHasASuitePerFile() throws Exception {
    writeBanks();

    CliRunner.Result r =
        CliRunner.run(dir, "check", ".", "--format", "junit", "--output", "junit.xml");

    assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
    String xml = Files.readString(dir.resolve("junit.xml"), StandardCharsets.UTF_8);
    assertThat(XmlSchema.load("/junit/junit-report.xsd").validate(xml)).isEmpty();
    assertThat(XmlSchema.commonJunit().validate(xml)).isEmpty();
    List<String> suites = new ArrayList<>();
    for (String name : NAMES) {
      String escaped = name.replace("&", "&amp;");
      if (xml.contains("<testsuite name=\"" + escaped + "\"")) {
        suites.add(name);
      }
    }
    assertThat(suites).containsExactlyElementsOf(NAMES);
  }

  private void writeBanks() throws Exception {
    for (String name : NAMES) {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "## S\n\n### Q1: What is " + name + "?\n", StandardCharsets.UTF_8);
    }
  }

  private static JsonSchema sarifSchema() throws Exception {
    try (InputStream in =
        FileNameFormatsIT.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }
}
