package io.github.qbanklint.rules.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.DocumentLoader;
import io.github.qbanklint.core.engine.LintResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every pathological input goes through every rule without an exception, a StackOverflowError or an
 * internal-error finding, and its findings lie inside it. Inputs are loaded as the CLI loads files,
 * with the default inline limit. Nesting depths and delimiter runs are full size; how long each
 * full-size input takes is measured by {@code bench/bench.sh --pathological}, not here.
 */
class PathologicalInputsTest {
  private static final Config CONFIG = AllRules.config();

  @TestFactory
  Stream<DynamicTest> completesWithoutInternalErrors() {
    return PathologicalInputs.all(PathologicalInputs.Size.TEST).entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> lintsCleanly(e)));
  }

  /** The same without the inline limit, as with {@code maxInlineChars} raised: nothing skipped. */
  @TestFactory
  Stream<DynamicTest> completesWithoutInternalErrorsWhenEveryBlockIsParsed() {
    return PathologicalInputs.all(PathologicalInputs.Size.TEST).entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey(),
                    () -> {
                      Document document = Document.of(e.getKey(), e.getValue().get());
                      FindingChecks.assertSound(lint(document), List.of(document), e.getKey());
                    }));
  }

  @Test
  void theTenMegabyteLineIsReportedAsTooLongToCheckAndNothingElse() {
    String name = "single-line-10mb.md";
    Document document = load(name, PathologicalInputs.all(PathologicalInputs.Size.FULL).get(name));
    LintResult result = lint(document);

    assertThat(result.findings())
        .singleElement()
        .extracting(Finding::ruleId, Finding::line, Finding::column)
        .containsExactly("too-long-to-check", 1, 1);
  }

  private static void lintsCleanly(Map.Entry<String, Supplier<String>> input) {
    Document document = load(input.getKey(), input.getValue());
    FindingChecks.assertSound(lint(document), List.of(document), input.getKey());
  }

  private static Document load(String name, Supplier<String> text) {
    byte[] bytes = text.get().getBytes(StandardCharsets.UTF_8);
    return ((DocumentLoader.Loaded)
            new DocumentLoader(CONFIG.maxFileBytes(), CONFIG.settings().maxInlineChars())
                .decode(name, bytes))
        .document();
  }

  private static LintResult lint(Document document) {
    return AllRules.engine().lintDocuments(Path.of("").toAbsolutePath(), List.of(document), CONFIG);
  }
}
