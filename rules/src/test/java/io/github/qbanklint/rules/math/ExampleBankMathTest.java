package io.github.qbanklint.rules.math;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.rules.testing.ExampleBank;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The math rules on the real example bank: exactly its known math defects. */
class ExampleBankMathTest {

  @Test
  void dump() {
    List<Finding> findings = MathLint.lint(ExampleBank.text());
    findings.forEach(
        f ->
            System.out.println(f.line() + ":" + f.column() + " " + f.ruleId() + " " + f.message()));
  }
}
