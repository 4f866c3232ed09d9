package io.github.qbanklint.rules.structure;

import io.github.qbanklint.rules.testing.RuleFixtureTest;

class SectionNumberingRuleTest extends RuleFixtureTest {}
