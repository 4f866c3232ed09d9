package io.github.qbanklint.rules.math;

import io.github.qbanklint.core.api.DocumentContext;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;

/** A math rule: reports its share of the document's {@link MathAnalysis}. */
abstract class MathRule implements Rule {

  @Override
  public final void check(DocumentContext context) {
    String id = meta().id();
    for (MathProblem problem :
        MathAnalysis.problems(context.document(), context.settings().math())) {
      if (problem.ruleId().equals(id)) {
        context.report(problem.start(), problem.end(), problem.message());
      }
    }
  }

  static RuleMeta.Builder metaFor(String id) {
    return RuleMeta.builder(id).family("math").tags("math");
  }
}
