package io.github.qbanklint.rules.math;

import io.github.qbanklint.rules.testing.RuleFixtureTest;

class MathSuspiciousRuleTest extends RuleFixtureTest {}
