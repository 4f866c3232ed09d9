package io.github.qbanklint.core.report;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.engine.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for Jenkins and GitLab: one {@code testsuite} per file, one {@code testcase} per rule
 * (the rules of the context, and any other rule with findings), a {@code failure} per finding. A
 * suite's {@code failures} counts its failed test cases.
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
    List<String> ruleOrder = context.rules().stream().map(RuleMeta::id).toList();
    Map<String, List<Finding>> files = ReportFiles.byPath(result);
    int tests = 0;
    int failures = 0;
    for (List<Finding> findings : files.values()) {
      Map<String, List<Finding>> rules = ReportFiles.byRule(ruleOrder, findings);
      tests += rules.size();
      failures += (int) rules.values().stream().filter(l -> !l.isEmpty()).count();
    }
    try (XmlOutput xml = new XmlOutput(out)) {
      xml.start("testsuites")
          .attribute("name", "qbank-lint")
          .attribute("tests", tests)
          .attribute("failures", failures)
          .attribute("errors", 0);
      for (Map.Entry<String, List<Finding>> file : files.entrySet()) {
        String path = context.displayPath(result.root(), file.getKey());
        Map<String, List<Finding>> rules = ReportFiles.byRule(ruleOrder, file.getValue());
        xml.start("testsuite")
            .attribute("name", path)
            .attribute("tests", rules.size())
            .attribute("failures", rules.values().stream().filter(l -> !l.isEmpty()).count())
            .attribute("errors", 0)
            .attribute("skipped", 0);
        for (Map.Entry<String, List<Finding>> rule : rules.entrySet()) {
          xml.start("testcase").attribute("classname", path).attribute("name", rule.getKey());
          for (Finding f : rule.getValue()) {
            String where = path + ":" + f.line() + ":" + f.column();
            xml.start("failure")
                .attribute("message", where + " " + f.message())
                .attribute("type", f.severity().id())
                .text(where + "  " + f.severity().id() + "  " + f.ruleId() + "  " + f.message())
                .endText();
          }
          xml.end();
        }
        xml.end();
      }
      xml.end();
    }
  }
}
