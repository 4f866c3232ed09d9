package io.github.qbanklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.engine.FileStats;
import io.github.qbanklint.core.engine.LintResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The JSON report, written without a generator, is byte for byte what Jackson's generator wrote.
 */
class JsonReporterTest {
  private static final Path ROOT = Path.of("/work/bank").toAbsolutePath();
  private static final ReportContext CONTEXT = new ReportContext(ROOT, false, List.of(), false);

  @Test
  void manyFindingsOfHostileTextAreWrittenAsTheGeneratorWroteThem() throws IOException {
    Random random = new Random(20261204);
    List<Finding> findings = new ArrayList<>();
    for (int file = 0; file < 7; file++) {
      String path = "banks/问题 " + file + ".md";
      for (int i = random.nextInt(3000); i > 0; i--) {
        findings.add(finding(random, path));
      }
    }
    findings.sort(Finding.ORDER);
    assertWrittenAsTheGeneratorDoes(result(findings));
  }

  @Test
  void noFindingsAndOneFindingToo() throws IOException {
    assertWrittenAsTheGeneratorDoes(result(List.of()));
    assertWrittenAsTheGeneratorDoes(result(List.of(finding(new Random(1), "a.md"))));
  }

  @Test
  void everyCharacterIsEscapedAsTheGeneratorEscapesIt() throws IOException {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x3000; c++) {
      all.append(c);
    }
    all.append("\ud83d\ude00\ud800\udfff\uffff\ufeff");
    Finding finding =
        new Finding(
            all.toString(), Severity.INFO, "a.md", 1, 1, 1, 1, all.toString(), Optional.empty());
    assertWrittenAsTheGeneratorDoes(result(List.of(finding)));
  }

  @Test
  void aLoneSurrogateIsWrittenAsAUtf8WriterWritesIt() throws IOException {
    LintResult result =
        result(
            List.of(
                new Finding(
                    "r", Severity.INFO, "a.md", 1, 1, 1, 1, "a\ud800b\udfffc", Optional.empty())));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new JsonReporter().write(result, CONTEXT, bytes);

    assertThat(bytes.toByteArray()).isEqualTo(generated(result).getBytes(StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\"a?b?c\"");
  }

  private static void assertWrittenAsTheGeneratorDoes(LintResult result) throws IOException {
    String expected = generated(result);
    StringWriter text = new StringWriter();
    new JsonReporter().write(result, CONTEXT, text);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new JsonReporter().write(result, CONTEXT, bytes);

    assertThat(text.toString()).isEqualTo(expected);
    assertThat(bytes.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
  }

  /** The report as the generator of {@link JsonDocuments} writes it (the reporter until 0.1). */
  private static String generated(LintResult result) throws IOException {
    Writer out = new StringWriter();
    try (JsonGenerator g = JsonDocuments.open(out)) {
      g.writeStartObject();
      JsonDocuments.writeTool(g);
      g.writeNumberField("files", result.files().size());
      g.writeArrayFieldStart("findings");
      for (Finding f : result.findings()) {
        g.writeStartObject();
        g.writeStringField("rule", f.ruleId());
        g.writeStringField("severity", f.severity().id());
        g.writeStringField("path", CONTEXT.displayPath(result.root(), f.path()));
        g.writeNumberField("line", f.line());
        g.writeNumberField("column", f.column());
        g.writeNumberField("endLine", f.endLine());
        g.writeNumberField("endColumn", f.endColumn());
        g.writeStringField("message", f.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("errors", result.count(Severity.ERROR));
      g.writeNumberField("warnings", result.count(Severity.WARNING));
      g.writeNumberField("infos", result.count(Severity.INFO));
      g.writeNumberField("questions", result.questions());
      g.writeNumberField("answered", result.answered());
      g.writeNumberField("filesWithoutQuestions", result.filesWithoutQuestions());
      g.writeNumberField("inputErrors", result.inputErrors().size());
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write(System.lineSeparator());
    return out.toString();
  }

  private static LintResult result(List<Finding> findings) {
    return new LintResult(
        ROOT,
        List.of(new FileStats("a.md", 3, 2), new FileStats("b.md", 0, 0)),
        findings,
        List.of("c.md: unreadable"),
        List.of());
  }

  private static Finding finding(Random random, String path) {
    int line = 1 + random.nextInt(100_000);
    return new Finding(
        "rule-" + random.nextInt(30),
        Severity.values()[random.nextInt(3)],
        path,
        line,
        1 + random.nextInt(500),
        line + random.nextInt(3),
        1 + random.nextInt(Integer.MAX_VALUE - 1),
        text(random, 1 + random.nextInt(120)),
        Optional.empty());
  }

  /** Mostly ASCII and CJK, with quotes, backslashes, controls, bidi marks and emoji. */
  private static String text(Random random, int length) {
    String special = "\"\\/\b\t\n\f\r\u0000\u001b\u007f\u0085\u009f\u061c\u200e\u202e\u2028\u2066";
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(10);
      if (kind < 5) {
        text.append((char) (' ' + random.nextInt(95)));
      } else if (kind < 8) {
        text.append((char) (0x4E00 + random.nextInt(0x5000)));
      } else if (kind < 9) {
        text.append(special.charAt(random.nextInt(special.length())));
      } else {
        text.appendCodePoint(0x1F600 + random.nextInt(50));
      }
    }
    return text.toString();
  }
}
