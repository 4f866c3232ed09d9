package io.github.qbanklint.maven;

import io.github.qbanklint.core.engine.LintEngine;
import io.github.qbanklint.core.engine.LintProgress;
import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.engine.RuleRegistry;
import io.github.qbanklint.core.fix.FixRunner;
import io.github.qbanklint.core.report.ReportContext;
import java.util.List;

/**
 * A lint of one module, ready to run (again, after fixes), how to show its results, and who hears
 * how it advances.
 */
record PreparedLint(
    RuleRegistry registry, LintRequest request, ReportContext context, LintProgress progress) {
  LintResult run() {
    return new LintEngine(registry).withProgress(progress).run(request);
  }

  /** Applies every rule's fixes to the module's files, as {@code qbank-lint fix} does. */
  List<FixRunner.FileResult> fix() {
    return new FixRunner(registry, request.config(), ruleId -> true).run(request, false);
  }
}
