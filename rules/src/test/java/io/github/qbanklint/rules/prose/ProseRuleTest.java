package io.github.qbanklint.rules.prose;

import io.github.qbanklint.rules.testing.RuleFixtureTest;

class ProseRuleTest extends RuleFixtureTest {}
