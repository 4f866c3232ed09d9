package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;

/** Fails on every document that says CRASH: the engine reports that as an internal error. */
public final class CrashRule implements Rule {
  @Override
  public RuleMeta meta() {
    return RuleMeta.builder("crash")
        .family("test")
        .summary("fails")
        .severity(Severity.ERROR)
        .build();
  }

  @Override
  public void check(DocumentContext context) {
    if (context.document().text().contains("CRASH")) {
      throw new IllegalStateException("crashed");
    }
  }
}
