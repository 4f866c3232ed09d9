package io.github.qbanklint.core.report.unanswered;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qbanklint.core.bank.ThinAnswer;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.ReportContext;
import io.github.qbanklint.core.report.testing.Workspaces;
import io.github.qbanklint.core.report.unanswered.UnansweredReport.SectionEntry;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnansweredReportTest {
  private static final String SMALL =
      """
      # Bank

      ### Q0: Before any section?
      Yes.

      ## Alpha

      ### Q1: Is a < b & c?
      A tag.

      ### Q2: What is b?

      ## Empty

      ## Beta

      ### Q1: Why?
      Because it is so, and that is a long enough answer to count as one.

      ### Q2: How?
      TODO
      """;

  @TempDir Path dir;

  private UnansweredReport report(String text) {
    Workspaces.write(dir, "bank.md", text);
    LintResult result = Workspaces.lint(dir, new io.github.qbanklint.core.api.Rule[0]);
    return UnansweredReport.from(result, ThinAnswer.DEFAULT);
  }

  private String render(String format, UnansweredReport report) throws IOException {
    StringWriter out = new StringWriter();
    UnansweredReportWriters.byFormat(format)
        .orElseThrow()
        .write(report, new ReportContext(dir, false, List.of(), false), out);
    return out.toString();
  }

  @Test
  void readsBanksWithoutRunningRulesEvenWhenTheConfigNamesSome() {
    Workspaces.write(dir, "bank.md", SMALL);
    Workspaces.write(dir, ".qbank-lint.yml", "rules:\n  empty-answer:\n    severity: warning\n");
    io.github.qbanklint.core.config.Config config =
        io.github.qbanklint.core.config.ConfigLoader.loadFor(dir.resolve("bank.md"));

    LintResult result =
        UnansweredReport.readBanks(
            new io.github.qbanklint.core.engine.LintRequest(List.of(dir), dir, config, 1));

    assertThat(result.findings()).isEmpty();
    assertThat(UnansweredReport.from(result, ThinAnswer.DEFAULT).total().unanswered()).isEqualTo(2);
  }

  @Test
  void groupsQuestionsBySectionInDocumentOrder() {
    UnansweredReport report = report(SMALL);

    assertThat(report.total().questions()).isEqualTo(5);
    assertThat(report.total().unanswered()).isEqualTo(2);
    assertThat(report.total().thin()).isEqualTo(2);
    List<SectionEntry> sections = report.files().get(0).sections();
    assertThat(sections).extracting(SectionEntry::title).containsExactly("", "Alpha", "Beta");
    assertThat(sections.get(1).unanswered())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.text()).isEqualTo("Q2: What is b?");
              assertThat(q.line()).isEqualTo(11);
            });
    assertThat(sections.get(1).thin())
        .extracting(q -> q.text())
        .containsExactly("Q1: Is a < b & c?");
  }

  @Test
  void theExampleBankHasFiftyNineUnansweredQuestionsBySection() throws IOException {
    UnansweredReport report = report(Workspaces.exampleBankText());

    assertThat(report.total().unanswered()).isEqualTo(59);
    List<SectionEntry> sections = report.files().get(0).sections();
    assertThat(sections.stream().mapToInt(s -> s.unanswered().size()).sum()).isEqualTo(59);
    assertThat(sections).extracting(SectionEntry::line).isSorted();

    String md = render("md", report);
    assertThat(md).contains("**59 of " + report.total().questions() + " questions unanswered**");
    assertThat(md.lines().filter(l -> l.startsWith("- line ")).count())
        .isEqualTo(59 + report.total().thin());
    for (SectionEntry s : sections) {
      assertThat(md).contains("\n### ");
      if (!s.unanswered().isEmpty()) {
        int heading = md.indexOf(s.title().replace(".", "."));
        assertThat(heading).as(s.title()).isPositive();
      }
    }
  }

  @Test
  void markdownLinksEachQuestionToItsHeading() throws IOException {
    String md = render("md", report(SMALL));

    assertThat(md)
        .startsWith("# Unanswered questions\n\n**2 of 5 questions unanswered**; 3 answered (60%)")
        .contains("## [bank.md](bank.md): 3/5 answered (60%), 2 unanswered\n")
        .contains(
            "### [Alpha](bank.md#alpha): 1/2 answered (50%), 1 unanswered\n\n"
                + "Unanswered:\n\n- line 11: [Q2: What is b?](bank.md#q2-what-is-b)\n\n"
                + "Thin answers:\n\n- line 8: [Q1: Is a &lt; b &amp; c?](bank.md#q1-is-a--b--c) (2 units)\n")
        .contains(
            "\n### [Empty](bank.md#empty): empty\n\nNo questions and no text: add its questions")
        .contains("; 1 empty section; 1 file.");
  }

  @Test
  void aHeadingThatOnlyNumbersItsQuestionIsListedWithWhatItAsks() throws IOException {
    UnansweredReport report =
        report(
            "# Bank\n\n## 问题1\n\n说说你对 AQS 的理解。\n\n"
                + "## 问题2\n\n什么是 CAS？\n\n比较并交换，一种无锁的原子操作，由 CPU 指令保证。\n");

    assertThat(render("md", report)).contains("- line 3: [问题1 — 说说你对 AQS 的理解。](bank.md#问题1)\n");
    assertThat(render("html", report)).contains(">问题1 — 说说你对 AQS 的理解。</a>");
    JsonNode unanswered =
        new ObjectMapper().readTree(render("json", report)).at("/files/0/sections/0/unanswered/0");
    assertThat(unanswered.get("question").asText()).isEqualTo("问题1");
    assertThat(unanswered.get("asks").asText()).isEqualTo("说说你对 AQS 的理解。");
  }

  @Test
  void aReportFileLinksRelativeToWhereItIsWritten() throws IOException {
    StringWriter md = new StringWriter();
    StringWriter html = new StringWriter();
    ReportContext inReports =
        new ReportContext(dir, false, List.of(), false).linkingFrom(dir.resolve("reports"));
    UnansweredReport small = report(SMALL);

    UnansweredReportWriters.byFormat("md").orElseThrow().write(small, inReports, md);
    UnansweredReportWriters.byFormat("html").orElseThrow().write(small, inReports, html);

    assertThat(md.toString())
        .as("shown paths stay relative to the working directory, links start at the report")
        .contains("## [bank.md](../bank.md): 3/5 answered")
        .contains("[Q2: What is b?](../bank.md#q2-what-is-b)");
    assertThat(html.toString()).contains("href=\"../bank.md#q2-what-is-b\"");
  }

  @Test
  void htmlIsOneSelfContainedPageWithABarPerSection() throws IOException {
    String html = render("html", report(SMALL));

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta name=\"viewport\"");
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("src=")
        .doesNotContain("http:")
        .doesNotContain("https:");
    assertThat(html.split("<svg class=\"bar\"", -1)).hasSize(1 + 1 + 3);
    assertThat(html).contains("aria-label=\"1 of 2 answered\"><rect class=\"no\" width=\"100\"");
    assertThat(html).contains("<rect class=\"ok\" width=\"50.00\"");
    assertThat(html)
        .contains("<section class=\"sec empty\">\n<h3><a href=\"bank.md#empty\">Empty</a>");
    assertThat(html).contains(">Q1: Is a &lt; b &amp; c?</a>");
    assertThat(html).contains("<a href=\"bank.md#q2-what-is-b\">Q2: What is b?</a>");
  }

  @Test
  void jsonHasTotalsFilesSectionsAndQuestions() throws IOException {
    JsonNode json = new ObjectMapper().readTree(render("json", report(SMALL)));

    assertThat(json.at("/total/questions").asInt()).isEqualTo(5);
    assertThat(json.at("/total/unanswered").asInt()).isEqualTo(2);
    assertThat(json.at("/total/answeredPercent").asDouble()).isEqualTo(60.0);
    assertThat(json.at("/files/0/path").asText()).isEqualTo("bank.md");
    JsonNode beta = json.at("/files/0/sections/2");
    assertThat(beta.path("title").asText()).isEqualTo("Beta");
    assertThat(beta.at("/unanswered/0/question").asText()).isEqualTo("Q2: How?");
    assertThat(beta.at("/unanswered/0/line").asInt()).isEqualTo(20);
    assertThat(beta.at("/unanswered/0/link").asText()).isEqualTo("bank.md#q2-how");
  }
}
