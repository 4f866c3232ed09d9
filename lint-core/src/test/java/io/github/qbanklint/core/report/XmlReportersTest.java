package io.github.qbanklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.testing.Workspaces;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit and Checkstyle reports parse as XML and count what was found. */
class XmlReportersTest {
  @TempDir Path dir;

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private LintResult twoFiles() {
    Workspaces.write(dir, "a.md", "## S\n\n### Q1: What?\n\n### Q2: Cost?\n$1 and $2\n");
    Workspaces.write(dir, "b.md", "## S\n\n### Q1: Fine?\nYes <b>&</b> \u0007bell.\n");
    return Workspaces.lint(dir);
  }

  @Test
  void junitHasASuitePerFileACasePerRuleAndAFailurePerFinding() throws Exception {
    Document xml =
        parse(Workspaces.render(new JunitReporter(), twoFiles(), Workspaces.context(dir)));

    Element root = xml.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("4");
    assertThat(root.getAttribute("failures")).isEqualTo("2");
    NodeList suites = xml.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    Element a = (Element) suites.item(0);
    assertThat(a.getAttribute("name")).isEqualTo("a.md");
    assertThat(a.getAttribute("tests")).isEqualTo("2");
    assertThat(a.getAttribute("failures")).isEqualTo("2");
    assertThat(a.getElementsByTagName("failure").getLength()).isEqualTo(3);
    Element b = (Element) suites.item(1);
    assertThat(b.getAttribute("failures")).isEqualTo("0");
    assertThat(b.getElementsByTagName("testcase").getLength()).isEqualTo(2);
    Element failure = (Element) a.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("a.md:3:1 question 'Q1' has no answer");
    assertThat(failure.getAttribute("type")).isEqualTo("error");
  }

  @Test
  void checkstyleHasAFilePerCheckedFileAndAnErrorPerFinding() throws Exception {
    LintResult result = twoFiles();
    Document xml =
        parse(Workspaces.render(new CheckstyleReporter(), result, Workspaces.context(dir)));

    NodeList files = xml.getElementsByTagName("file");
    assertThat(files.getLength()).isEqualTo(2);
    NodeList errors = xml.getElementsByTagName("error");
    assertThat(errors.getLength()).isEqualTo(result.findings().size()).isEqualTo(3);
    Element dollar = (Element) errors.item(2);
    assertThat(dollar.getAttribute("line")).isEqualTo("6");
    assertThat(dollar.getAttribute("column")).isEqualTo("8");
    assertThat(dollar.getAttribute("severity")).isEqualTo("warning");
    assertThat(dollar.getAttribute("source")).isEqualTo("test-dollar");
    assertThat(dollar.getAttribute("message")).contains("\"quotes\" <and>");
  }

  @Test
  void theExampleBankCountsMatchTheFindings() throws Exception {
    Workspaces.write(dir, "README.md", Workspaces.exampleBankText());
    LintResult result = Workspaces.lint(dir);
    ReportContext context = Workspaces.context(dir);

    Document junit = parse(Workspaces.render(new JunitReporter(), result, context));
    Document checkstyle = parse(Workspaces.render(new CheckstyleReporter(), result, context));

    assertThat(junit.getElementsByTagName("failure").getLength())
        .isEqualTo(result.findings().size());
    assertThat(checkstyle.getElementsByTagName("error").getLength())
        .isEqualTo(result.findings().size());
    assertThat(result.findings()).hasSizeGreaterThan(59);
  }

  @Test
  void junitLeavesOutRulesThatAreOffByDefaultUnlessTheyFoundSomething() throws Exception {
    Workspaces.write(dir, "a.md", "## S\n\n### Q1: What?\nThis.\n");
    RuleMeta prose =
        RuleMeta.builder("test-prose")
            .family("test")
            .summary("Spelling.")
            .severity(Severity.INFO)
            .offByDefault()
            .build();
    ReportContext context =
        new ReportContext(
            dir,
            false,
            List.of(Workspaces.UNANSWERED.meta(), Workspaces.DOLLAR.meta(), prose),
            false);

    Document xml = parse(Workspaces.render(new JunitReporter(), Workspaces.lint(dir), context));

    assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(2);
    assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("0");
  }

  @Test
  void showsControlsAsEscapesAndDropsWhatXmlCannotHold() {
    assertThat(XmlOutput.clean("a\u0007b\u0000c\td\ud800")).isEqualTo("a\\u0007b\\u0000c\td");
  }
}
