package io.github.qbanklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bank whose file name holds an escape sequence and a newline, and whose headings (one of them
 * quoted by the empty-section finding) hold escape, bell and right-to-left override characters,
 * checked in every format by the packaged jar: no output lets one of them through raw, and each
 * output still parses.
 */
class InertOutputIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RAW = "\u001b\u0007\u202e\r";
  private static final String FILE_NAME = "bank\u001b[31m\nname.md";

  @TempDir Path dir;

  @BeforeEach
  void writeTheBank() throws Exception {
    Files.writeString(
        dir.resolve(FILE_NAME),
        "# Bank \u001b]0;title\u0007\n\n## Empty \u001b[2J\u0007\u202e\n\n## Section \u202e\n\n"
            + "### Q1: Evil \u001b[2J\u0007\u202eheading?\n\n### Q2: Other?\nAnswer.\n",
        StandardCharsets.UTF_8);
  }

  private CliRunner.Result run(String... args) throws Exception {
    CliRunner.Result r = CliRunner.run(dir, args);
    assertInert(r.stdout());
    assertInert(r.stderr());
    return r;
  }

  private static void assertInert(String output) {
    for (char c : RAW.toCharArray()) {
      assertThat(output.indexOf(c))
          .as("U+%04X in:%n%s", (int) c, output.replace("\u001b", "<ESC>"))
          .isEqualTo(-1);
    }
  }

  private static void parsesAsXml(String text) throws Exception {
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void checkIsInertInEveryFormat() throws Exception {
    for (String format : new String[] {"text", "json", "sarif", "junit", "checkstyle", "github"}) {
      CliRunner.Result r = run("check", ".", "--format", format);
      assertThat(r.exitCode()).as(format + ": " + r.stderr()).isEqualTo(1);
      switch (format) {
        case "json" ->
            assertThat(JSON.readTree(r.stdout()).at("/findings/0/message").asText())
                .contains("Empty \u001b[2J\u0007\u202e");
        case "sarif" ->
            assertThat(JSON.readTree(r.stdout()).at("/runs/0/results/0/message/text").asText())
                .contains("Empty \u001b[2J\u0007\u202e");
        case "junit", "checkstyle" -> {
          parsesAsXml(r.stdout());
          assertThat(r.stdout()).contains("Empty \\e[2J\\u0007\\u202e");
        }
        case "github" ->
            assertThat(r.stdout().lines())
                .allMatch(l -> l.startsWith("::") || l.contains(" checked: "))
                .anyMatch(l -> l.contains("Empty \\e[2J\\u0007\\u202e"));
        default ->
            assertThat(r.stdout())
                .contains("bank\\e[31m\\nname.md:3:1")
                .contains("Empty \\e[2J\\u0007\\u202e");
      }
    }
    CliRunner.Result md = run("check", ".", "--format", "markdown");
    assertThat(md.stdout()).contains("| bank\\\\e\\[31m name.md |");
  }

  @Test
  void outlineAndReportAreInertInEveryFormat() throws Exception {
    assertThat(run("outline", ".").stdout()).contains("Q1: Evil \\e[2J\\u0007\\u202eheading?");
    JSON.readTree(run("outline", ".", "--format", "json").stdout());
    assertThat(run("report", ".", "--format", "md").stdout()).contains("Evil \\\\e\\[2J");
    assertThat(run("report", ".", "--format", "html").stdout()).contains("Evil \\e[2J");
    JSON.readTree(run("report", ".", "--format", "json").stdout());
  }

  @Test
  void inputErrorsOnStandardErrorAreInert() throws Exception {
    CliRunner.Result r = run("check", "missing\u001b[2J\u202e\nname.md");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).contains("missing\\e[2J\\u202e\\nname.md");
  }
}
