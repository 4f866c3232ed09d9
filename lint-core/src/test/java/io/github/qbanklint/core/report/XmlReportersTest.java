package io.github.qbanklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.testing.Workspaces;
import io.github.qbanklint.core.report.testing.XmlSchema;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit and Checkstyle reports parse as XML and count what was found. */
class XmlReportersTest {
  private static final XmlSchema JUNIT_SCHEMA = XmlSchema.load("/junit/junit-report.xsd");
  private static final XmlSchema COMMON_JUNIT_SCHEMA = XmlSchema.commonJunit();

  @TempDir Path dir;

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  /** Parses the JUnit report after checking it against both schemas. */
  private static Document junit(LintResult result, ReportContext context) throws Exception {
    String text = Workspaces.render(new JunitReporter(), result, context);
    assertThat(JUNIT_SCHEMA.validate(text)).as("schema violations").isEmpty();
    assertThat(COMMON_JUNIT_SCHEMA.validate(text)).as("common schema violations").isEmpty();
    return parse(text);
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  private LintResult twoFiles() {
    Workspaces.write(dir, "a.md", "## S\n\n### Q1: What?\n\n### Q2: Cost?\n$1 and $2\n");
    Workspaces.write(dir, "b.md", "## S\n\n### Q1: Fine?\nYes <b>&</b> \u0007bell.\n");
    return Workspaces.lint(dir);
  }

  @Test
  void junitHasASuitePerFileAFailedCasePerFindingAndAPassedCasePerQuietRule() throws Exception {
    Document xml = junit(twoFiles(), Workspaces.context(dir));

    Element root = xml.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("5");
    assertThat(root.getAttribute("failures")).isEqualTo("3");
    NodeList suites = xml.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    Element a = (Element) suites.item(0);
    assertThat(a.getAttribute("name")).isEqualTo("a.md");
    assertThat(a.getAttribute("tests")).isEqualTo("3");
    assertThat(a.getAttribute("failures")).isEqualTo("3");
    List<Element> cases = children(a, "testcase");
    assertThat(cases)
        .extracting(c -> c.getAttribute("name"))
        .containsExactly("test-unanswered 3:1", "test-dollar 6:1", "test-dollar 6:8");
    Element first = cases.get(0);
    assertThat(first.getAttribute("classname")).isEqualTo("a");
    assertThat(first.getAttribute("file")).isEqualTo("a.md");
    assertThat(first.getAttribute("line")).isEqualTo("3");
    Element failure = children(first, "failure").get(0);
    assertThat(failure.getAttribute("message")).isEqualTo("question 'Q1' has no answer");
    assertThat(failure.getAttribute("type")).isEqualTo("error");
    assertThat(failure.getTextContent())
        .isEqualTo("a.md:3:1  error  test-unanswered  question 'Q1' has no answer");
    Element b = (Element) suites.item(1);
    assertThat(b.getAttribute("failures")).isEqualTo("0");
    assertThat(children(b, "testcase"))
        .extracting(c -> c.getAttribute("name"))
        .containsExactly("test-unanswered", "test-dollar");
  }

  @Test
  void junitValidatesAgainstTheSchemaWithEveryKindOfName() throws Exception {
    Workspaces.write(dir, "a,b:c.md", "## S\n\n### Q1: What?\n");
    Workspaces.write(dir, "题库/\uD835\uDC9C <&\">.md", "$1 \u0007 \u001b[31m\n");
    Workspaces.write(dir, "clean.md", "## S\n\n### Q1: What?\nThis.\n");

    String text =
        Workspaces.render(new JunitReporter(), Workspaces.lint(dir), Workspaces.context(dir));

    assertThat(JUNIT_SCHEMA.validate(text)).isEmpty();
    assertThat(COMMON_JUNIT_SCHEMA.validate(text)).isEmpty();
    assertThat(JUNIT_SCHEMA.validate(text.replace("</failure>", "</failure><failure/>")))
        .as("the schema catches a second failure in one case")
        .isNotEmpty();
    assertThat(COMMON_JUNIT_SCHEMA.validate(text.replace("<testcase ", "<testcase rule=\"x\" ")))
        .as("the common schema catches an attribute it does not know")
        .isNotEmpty();
  }

  @Test
  void jenkinsOriginalSchemaRejectsOnlyTheTestCasesFileAndLine() {
    Workspaces.write(dir, "a.md", "## S\n\n### Q1: What?\n");
    String text =
        Workspaces.render(new JunitReporter(), Workspaces.lint(dir), Workspaces.context(dir));

    assertThat(XmlSchema.load("/junit/jenkins-junit-4.xsd").validate(text))
        .isNotEmpty()
        .allMatch( // the parser's messages are in the JVM's language: only the names are sure
            problem ->
                (problem.contains("'file'") || problem.contains("'line'"))
                    && problem.contains("'testcase'"));
  }

  @Test
  void junitClassNamesDropTheExtensionOnly() {
    assertThat(JunitReporter.className("bank/README.md")).isEqualTo("bank/README");
    assertThat(JunitReporter.className("v1.2/notes")).isEqualTo("v1.2/notes");
    assertThat(JunitReporter.className("dir/.hidden")).isEqualTo("dir/.hidden");
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

    Document junit = junit(result, context);
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

    Document xml = junit(Workspaces.lint(dir), context);

    assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(2);
    assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("0");
  }

  @Test
  void showsControlsAsEscapesAndDropsWhatXmlCannotHold() {
    assertThat(XmlOutput.clean("a\u0007b\u0000c\td\ud800")).isEqualTo("a\\u0007b\\u0000c\td");
  }
}
