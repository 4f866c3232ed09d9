package io.github.qbanklint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.qbanklint.core.Version;
import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.ProjectLinks;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.engine.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0, one run, for GitHub code scanning and other SARIF viewers: a rule entry per known
 * rule (summary, help link, default level), code-point columns declared, and a {@code
 * partialFingerprints} value per result that does not depend on line numbers.
 */
public final class SarifReporter implements Reporter {
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String FINGERPRINT_KEY = "qbankLintContext/v1";

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public String defaultFileName() {
    return "qbank-lint.sarif";
  }

  @Override
  public void write(LintResult result, ReportContext context, Writer out) throws IOException {
    Map<String, RuleMeta> rules = new LinkedHashMap<>();
    context.rules().forEach(r -> rules.put(r.id(), r));
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    rules.keySet().forEach(id -> ruleIndex.put(id, ruleIndex.size()));
    result.findings().forEach(f -> ruleIndex.putIfAbsent(f.ruleId(), ruleIndex.size()));
    List<String> prints =
        new Fingerprinter(new SourceLines(result.root()))
            .fingerprints(result.findings(), Finding::path);

    try (JsonGenerator g = JsonDocuments.open(out)) {
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      writeTool(g, rules, ruleIndex);
      g.writeStringField("columnKind", "unicodeCodePoints");
      g.writeArrayFieldStart("invocations");
      g.writeStartObject();
      g.writeBooleanField("executionSuccessful", !result.hasInternalErrors());
      g.writeEndObject();
      g.writeEndArray();
      g.writeArrayFieldStart("results");
      for (int i = 0; i < result.findings().size(); i++) {
        writeResult(g, result, context, result.findings().get(i), ruleIndex, prints.get(i));
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
  }

  private static void writeTool(
      JsonGenerator g, Map<String, RuleMeta> rules, Map<String, Integer> ruleIndex)
      throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "qbank-lint");
    g.writeStringField("version", Version.current());
    // SARIF takes only absolute URIs here: without a project URL, no link rather than a guess.
    if (ProjectLinks.BUILD.absolute()) {
      g.writeStringField("informationUri", ProjectLinks.BUILD.file("README.md"));
    }
    g.writeArrayFieldStart("rules");
    for (String id : ruleIndex.keySet()) {
      RuleMeta meta = rules.get(id);
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeObjectFieldStart("shortDescription");
      g.writeStringField("text", meta != null ? meta.summary() : id);
      g.writeEndObject();
      if (ProjectLinks.BUILD.absolute()) {
        g.writeStringField("helpUri", ProjectLinks.BUILD.rule(id));
      }
      if (meta != null) {
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeBooleanField("enabled", meta.enabledByDefault());
        g.writeStringField("level", level(meta.defaultSeverity()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("tags");
        Set<String> tags = new LinkedHashSet<>();
        tags.add(meta.family());
        tags.addAll(meta.tags());
        for (String tag : tags) {
          g.writeString(tag);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeResult(
      JsonGenerator g,
      LintResult result,
      ReportContext context,
      Finding f,
      Map<String, Integer> ruleIndex,
      String fingerprint)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.ruleId());
    g.writeNumberField("ruleIndex", ruleIndex.get(f.ruleId()));
    g.writeStringField("level", level(f.severity()));
    g.writeObjectFieldStart("message");
    g.writeStringField("text", f.message());
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", UriReferences.of(context.displayPath(result.root(), f.path())));
    g.writeEndObject();
    g.writeObjectFieldStart("region");
    g.writeNumberField("startLine", f.line());
    g.writeNumberField("startColumn", f.column());
    g.writeNumberField("endLine", f.endLine());
    g.writeNumberField("endColumn", f.endColumn());
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField(FINGERPRINT_KEY, fingerprint);
    g.writeEndObject();
    g.writeEndObject();
  }

  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
