package io.github.qbanklint.rules.robustness;

import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.engine.LintResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every pathological input goes through every rule without an exception, a StackOverflowError or an
 * internal-error finding, and its findings lie inside it. Nesting depths and delimiter runs are
 * full size; how long each full-size input takes is measured by {@code bench/bench.sh
 * --pathological}, not here.
 */
class PathologicalInputsTest {

  @TestFactory
  Stream<DynamicTest> completesWithoutInternalErrors() {
    return PathologicalInputs.all(PathologicalInputs.Size.TEST).entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> lintsCleanly(e)));
  }

  private static void lintsCleanly(Map.Entry<String, Supplier<String>> input) {
    Document document = Document.of(input.getKey(), input.getValue().get());
    LintResult result =
        AllRules.engine()
            .lintDocuments(Path.of("").toAbsolutePath(), List.of(document), AllRules.config());
    FindingChecks.assertSound(result, List.of(document), input.getKey());
  }
}
