package io.github.qbanklint.rules.answers;

import io.github.qbanklint.rules.testing.RuleFixtureTest;

class EmptySectionRuleTest extends RuleFixtureTest {}
