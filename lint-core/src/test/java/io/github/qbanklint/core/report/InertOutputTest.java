package io.github.qbanklint.core.report;

import static io.github.qbanklint.core.report.testing.HostileText.FILE_NAME;
import static io.github.qbanklint.core.report.testing.HostileText.assertInert;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qbanklint.core.bank.ThinAnswer;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.testing.HostileText;
import io.github.qbanklint.core.report.testing.Workspaces;
import io.github.qbanklint.core.report.unanswered.UnansweredReport;
import io.github.qbanklint.core.report.unanswered.UnansweredReportWriters;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every output format, fed a file name, headings, a message and a code frame full of controls, says
 * what they are without passing one on raw, and still parses.
 */
class InertOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private LintResult result;
  private ReportContext context;

  @BeforeEach
  void lintTheHostileBank() {
    result = HostileText.lint(dir);
    context = Workspaces.context(dir);
    assertThat(result.findings()).extracting(f -> f.path()).containsOnly(FILE_NAME).hasSize(2);
  }

  private String render(Reporter reporter) {
    return Workspaces.render(reporter, result, context);
  }

  private static Document xml(String text) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private String unanswered(String format) throws IOException {
    StringWriter out = new StringWriter();
    UnansweredReportWriters.byFormat(format)
        .orElseThrow()
        .write(UnansweredReport.from(result, ThinAnswer.DEFAULT), context, out);
    return out.toString();
  }

  @Test
  void textReportShowsEscapesInPathMessageAndCodeFrame() {
    String text = render(new TextReporter());

    assertInert(text.replace("\n", ""));
    assertThat(text)
        .contains("bank\\e[31m\\u0007\\r\\n\\u007f\\u0085\\u202e.md:5:5")
        .contains(
            "quoted 'Q1: Evil \\e[2J\\u0007\\u007f\\u0085\\u202eheading?'\\r\\n\\u0000\\u2028")
        .contains("5 | ### Q1: Evil \\e[2J");
  }

  @Test
  void githubCommandsStayOneLineEachAndShowOtherControlsAsEscapes() {
    List<String> lines = render(new GithubReporter()).lines().toList();

    assertThat(lines).hasSize(result.findings().size() + 1);
    lines.forEach(HostileText::assertInert);
    assertThat(lines.get(1))
        .startsWith("::warning file=bank\\e[31m\\u0007%0D%0A\\u007f\\u0085\\u202e.md,line=5")
        .endsWith("\\u202eheading?'%0D%0A\\u0000\\u2028 end");
  }

  @Test
  void jsonIsInertAndParsesToTheExactPathAndMessage() throws Exception {
    String json = render(new JsonReporter());

    assertInert(json);
    assertThat(json).contains("\\u202E").contains("\\u0085").contains("\\u007F");
    JsonNode finding = JSON.readTree(json).get("findings").get(1);
    assertThat(finding.get("path").asText()).isEqualTo(FILE_NAME);
    assertThat(finding.get("message").asText()).isEqualTo(HostileText.echoMessage());
  }

  @Test
  void sarifIsInertWithTheMessageExactAndThePathPercentEncoded() throws Exception {
    String sarif = render(new SarifReporter());

    assertInert(sarif);
    JsonNode echo = JSON.readTree(sarif).at("/runs/0/results/1");
    assertThat(echo.at("/message/text").asText()).isEqualTo(HostileText.echoMessage());
    assertThat(echo.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("bank%1B%5B31m%07%0D%0A%7F%C2%85%E2%80%AE.md");
  }

  @Test
  void junitParsesAndShowsEscapes() throws Exception {
    String junit = render(new JunitReporter());

    assertInert(junit);
    Element failure = (Element) xml(junit).getElementsByTagName("failure").item(1);
    String path = "bank\\e[31m\\u0007\\r\\n\\u007f\\u0085\\u202e.md";
    assertThat(((Element) failure.getParentNode()).getAttribute("file")).isEqualTo(path);
    assertThat(failure.getAttribute("message"))
        .startsWith("quoted")
        .endsWith("'\\r\\n\\u0000\\u2028 end");
    assertThat(failure.getTextContent()).startsWith(path + ":5:5  ");
  }

  @Test
  void checkstyleParsesAndShowsEscapes() throws Exception {
    String checkstyle = render(new CheckstyleReporter());

    assertInert(checkstyle);
    Document document = xml(checkstyle);
    Element file = (Element) document.getElementsByTagName("file").item(0);
    assertThat(file.getAttribute("name"))
        .isEqualTo("bank\\e[31m\\u0007\\r\\n\\u007f\\u0085\\u202e.md");
    Element error = (Element) document.getElementsByTagName("error").item(1);
    assertThat(error.getAttribute("message")).contains("\\e[2J\\u0007");
  }

  @Test
  void markdownReportKeepsItsTableRowsAndShowsEscapes() {
    String md = render(new MarkdownReporter());

    assertInert(md);
    assertThat(md)
        .contains(
            "\n| bank\\\\e\\[31m\\\\u0007  \\\\u007f\\\\u0085\\\\u202e.md | 1 | 1 | 0 |\n"
                + "\n### Unanswered questions");
  }

  @Test
  void outlineTextShowsEscapesInPathAndHeadings() throws IOException {
    StringWriter out = new StringWriter();
    OutlineWriter.text(result.files(), p -> context.displayPath(result.root(), p), out);

    assertInert(out.toString().replace("\n", ""));
    assertThat(out.toString())
        .startsWith("bank\\e[31m\\u0007\\r\\n\\u007f\\u0085\\u202e.md: 2 questions")
        .contains("### Q1: Evil \\e[2J\\u0007\\u007f\\u0085\\u202eheading?");
  }

  @Test
  void outlineJsonIsInertAndParsesToTheExactText() throws IOException {
    StringWriter out = new StringWriter();
    OutlineWriter.json(result.files(), p -> context.displayPath(result.root(), p), out);

    assertInert(out.toString());
    JsonNode file = JSON.readTree(out.toString()).get("files").get(0);
    assertThat(file.get("path").asText()).isEqualTo(FILE_NAME);
    assertThat(file.get("items").findValuesAsText("text")).contains(HostileText.QUESTION);
  }

  @Test
  void unansweredMarkdownShowsEscapesAndLinksThePercentEncodedFile() throws IOException {
    String md = unanswered("md");

    assertInert(md);
    assertThat(md)
        .contains(
            "## [bank\\\\e\\[31m\\\\u0007  \\\\u007f\\\\u0085\\\\u202e.md](bank%1B[31m%07%0D%0A")
        .contains("- line 5: [Q1: Evil \\\\e\\[2J\\\\u0007\\\\u007f\\\\u0085\\\\u202eheading?]");
  }

  @Test
  void unansweredHtmlShowsEscapesAndLinksThePercentEncodedFile() throws IOException {
    String html = unanswered("html");

    assertInert(html);
    assertThat(html)
        .contains("<h2>bank\\e[31m\\u0007\\r\\n\\u007f\\u0085\\u202e.md <span")
        .contains("href=\"bank%1B[31m%07%0D%0A%7F%C2%85%E2%80%AE.md#")
        .contains(">Q1: Evil \\e[2J\\u0007\\u007f\\u0085\\u202eheading?</a>");
  }

  @Test
  void unansweredJsonIsInertAndParsesToTheExactText() throws IOException {
    String json = unanswered("json");

    assertInert(json);
    JsonNode file = JSON.readTree(json).get("files").get(0);
    assertThat(file.get("path").asText()).isEqualTo(FILE_NAME);
    assertThat(file.findValuesAsText("question")).contains(HostileText.QUESTION);
  }
}
