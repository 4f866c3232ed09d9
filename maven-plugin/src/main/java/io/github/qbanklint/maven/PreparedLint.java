package io.github.qbanklint.maven;

import io.github.qbanklint.core.engine.LintEngine;
import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.report.ReportContext;

/** A lint of one module, ready to run (again, after fixes), and how to show its results. */
record PreparedLint(LintEngine engine, LintRequest request, ReportContext context) {
  LintResult run() {
    return engine.run(request);
  }

  long maxFileBytes() {
    return request.config().maxFileBytes();
  }
}
