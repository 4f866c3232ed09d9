package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Fix;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.api.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Offers to lower-case every "BAD"; records each document it checked and whether the run wanted
 * fixes.
 */
final class ShoutRule implements Rule {
  final List<String> checked = new ArrayList<>();
  final List<Boolean> fixesWanted = new ArrayList<>();

  @Override
  public RuleMeta meta() {
    return RuleMeta.builder("shout")
        .family("test")
        .summary("BAD")
        .severity(Severity.WARNING)
        .fixable()
        .build();
  }

  @Override
  public synchronized void check(DocumentContext context) {
    checked.add(context.document().path());
    fixesWanted.add(context.fixesWanted());
    String text = context.document().text();
    for (int i = text.indexOf("BAD"); i >= 0; i = text.indexOf("BAD", i + 1)) {
      context.report(i, i + 3, "shouting", Fix.replace("lower case", i, i + 3, "bad"));
    }
  }
}
