package io.github.qbanklint.rules.links;

import io.github.qbanklint.rules.testing.RuleFixtureTest;

class BrokenAnchorRuleTest extends RuleFixtureTest {}
