package io.github.qbanklint.rules.math;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.config.ConfigLoader;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.DocumentLoader;
import io.github.qbanklint.core.engine.LintEngine;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.engine.RuleRegistry;
import io.github.qbanklint.rules.robustness.AllRules;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The math side of bench/math-agreement.sh: for every Markdown file named, prints one JSON line per
 * formula (file, line, display, TeX) with the findings of the three strict math rules that fall
 * inside it, and one line per strict finding that falls in no formula. KaTeX then judges each
 * formula. In the rules' package because the formula extractor is not public API.
 *
 * <pre>
 * java -cp qbank-lint-bench.jar io.github.qbanklint.rules.math.MathAgreementDump PROFILE FILE...
 * </pre>
 */
public final class MathAgreementDump {
  static final Set<String> STRICT_RULES =
      Set.of("math-syntax", "math-unknown-command", "math-delimiters");

  private MathAgreementDump() {}

  public static void main(String[] args) throws IOException {
    String profile = args[0];
    Config config = ConfigLoader.parse(Path.of("strict-math.yml"), strictRulesOnly(profile));
    LintEngine engine = new LintEngine(RuleRegistry.load());
    ObjectMapper json = new ObjectMapper();
    try (JsonGenerator out = json.getFactory().createGenerator((OutputStream) System.out)) {
      out.setRootValueSeparator(null);
      for (int i = 1; i < args.length; i++) {
        Path file = Path.of(args[i]);
        DocumentLoader.Result loaded =
            config.documentLoader().decode(file.toString(), Files.readAllBytes(file));
        if (loaded instanceof DocumentLoader.Loaded ok) {
          dump(ok.document(), MathProfile.of(profile), engine, config, out);
        }
      }
    }
  }

  private static String strictRulesOnly(String profile) {
    StringBuilder yaml = new StringBuilder("math: {profile: " + profile + "}\nrules:\n");
    for (var rule : AllRules.rules()) {
      boolean strict = STRICT_RULES.contains(rule.id());
      yaml.append("  ").append(rule.id()).append(": ").append(strict ? "error" : "off");
      yaml.append('\n');
    }
    return yaml.toString();
  }

  private static void dump(
      Document document, MathProfile profile, LintEngine engine, Config config, JsonGenerator out)
      throws IOException {
    LintResult result = engine.lintDocuments(Path.of("."), List.of(document), config);
    List<Finding> unplaced = new ArrayList<>(result.findings());
    for (MathSpan span : MathSpans.of(document, profile).spans()) {
      List<Finding> inside = new ArrayList<>();
      for (Finding f : result.findings()) {
        int offset = document.lineIndex().offset(f.line(), f.column());
        if (offset >= span.start() && offset < span.end()) {
          inside.add(f);
        }
      }
      unplaced.removeAll(inside);
      write(
          out,
          document,
          document.lineIndex().line(span.start()),
          span.display(),
          span.tex(),
          inside);
    }
    for (Finding f : unplaced) {
      write(out, document, f.line(), false, null, List.of(f));
    }
  }

  private static void write(
      JsonGenerator out,
      Document document,
      int line,
      boolean display,
      String tex,
      List<Finding> findings)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("file", document.path());
    out.writeNumberField("line", line);
    out.writeBooleanField("display", display);
    out.writeStringField("tex", tex);
    out.writeArrayFieldStart("findings");
    for (Finding f : findings) {
      out.writeString(f.ruleId() + ": " + f.message());
    }
    out.writeEndArray();
    out.writeEndObject();
    out.writeRaw('\n');
  }
}
