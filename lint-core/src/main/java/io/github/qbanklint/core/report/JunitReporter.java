package io.github.qbanklint.core.report;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.engine.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * JUnit XML as Jenkins, GitLab and the JUnit report actions of GitHub read it: a {@code testsuite}
 * per file; in it a failed {@code testcase} per finding (an {@code error} for an internal error),
 * named {@code rule-id line:column}, with {@code file} and {@code line} attributes for the readers
 * that link or annotate them; then a passing {@code testcase} per rule on by default that found
 * nothing in the file. docs/ci.md says why a finding, not a rule, is a test case.
 */
public final class JunitReporter implements Reporter {

  @Override
  public String format() {
    return "junit";
  }

  @Override
  public String defaultFileName() {
    return "qbank-lint-junit.xml";
  }

  @Override
  public void write(LintResult result, ReportContext context, Writer out) throws IOException {
    List<String> rulesOn =
        context.rules().stream().filter(RuleMeta::enabledByDefault).map(RuleMeta::id).toList();
    Map<String, List<Finding>> files = ReportFiles.byPath(result);
    Tally total = new Tally();
    files.values().forEach(findings -> total.add(Tally.of(findings, rulesOn)));
    try (XmlOutput xml = new XmlOutput(out)) {
      total.write(xml.start("testsuites").attribute("name", "qbank-lint"));
      for (Map.Entry<String, List<Finding>> file : files.entrySet()) {
        String path = context.displayPath(result.root(), file.getKey());
        List<Finding> findings = file.getValue();
        XmlOutput suite = xml.start("testsuite").attribute("name", path);
        Tally.of(findings, rulesOn).write(suite);
        suite.attribute("skipped", 0);
        for (Finding f : findings) {
          testCase(xml, path, f.ruleId() + " " + f.line() + ":" + f.column())
              .attribute("line", f.line());
          String where = path + ":" + f.line() + ":" + f.column();
          xml.start(LintResult.isInternalError(f) ? "error" : "failure")
              .attribute("message", f.message())
              .attribute("type", f.severity().id())
              .text(where + "  " + f.severity().id() + "  " + f.ruleId() + "  " + f.message())
              .endText();
          xml.end();
        }
        for (String rule : Tally.passingRules(findings, rulesOn)) {
          testCase(xml, path, rule).end();
        }
        xml.end();
      }
      xml.end();
    }
  }

  private static XmlOutput testCase(XmlOutput xml, String path, String name) throws IOException {
    return xml.start("testcase")
        .attribute("name", name)
        .attribute("classname", className(path))
        .attribute("file", path)
        .attribute("time", 0);
  }

  /**
   * The path without its extension: Jenkins reads what follows a class name's last dot as the class
   * and the rest as its package, which would show {@code README.md} as class {@code md}.
   */
  static String className(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    return dot > slash + 1 ? path.substring(0, dot) : path;
  }

  /** The counts of a suite (one file) or of all of them. */
  private static final class Tally {
    private long tests;
    private long failures;
    private long errors;

    static Tally of(List<Finding> findings, List<String> rulesOn) {
      Tally t = new Tally();
      t.errors = findings.stream().filter(LintResult::isInternalError).count();
      t.failures = findings.size() - t.errors;
      t.tests = findings.size() + passingRules(findings, rulesOn).size();
      return t;
    }

    static List<String> passingRules(List<Finding> findings, List<String> rulesOn) {
      Set<String> found = findings.stream().map(Finding::ruleId).collect(Collectors.toSet());
      return rulesOn.stream().filter(id -> !found.contains(id)).toList();
    }

    void add(Tally other) {
      tests += other.tests;
      failures += other.failures;
      errors += other.errors;
    }

    void write(XmlOutput element) throws IOException {
      element
          .attribute("tests", tests)
          .attribute("failures", failures)
          .attribute("errors", errors)
          .attribute("time", 0);
    }
  }
}
