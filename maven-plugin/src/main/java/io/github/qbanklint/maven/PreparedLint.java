package io.github.qbanklint.maven;

import io.github.qbanklint.core.cache.CacheOptions;
import io.github.qbanklint.core.engine.LintEngine;
import io.github.qbanklint.core.engine.LintProgress;
import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.engine.RuleRegistry;
import io.github.qbanklint.core.fix.FixRunner;
import io.github.qbanklint.core.report.ReportContext;
import java.util.List;
import java.util.Optional;

/**
 * A lint of one module, ready to run (again, after fixes), how to show its results, who hears how
 * it advances, and whether it only checks (and may then reuse earlier results).
 */
record PreparedLint(
    RuleRegistry registry,
    LintRequest request,
    ReportContext context,
    LintProgress progress,
    Optional<CacheOptions> checking) {
  /**
   * Lints; for a goal that only checks ({@code checking} present), without bank outlines and
   * reusing the results of unchanged files as its cache options say.
   */
  LintResult run() {
    LintEngine engine = new LintEngine(registry);
    return checking.map(engine::forChecking).orElse(engine).withProgress(progress).run(request);
  }

  /** Applies every rule's fixes to the module's files, as {@code qbank-lint fix} does: uncached. */
  List<FixRunner.FileResult> fix() {
    return new FixRunner(registry, request.config(), ruleId -> true).run(request, false);
  }
}
