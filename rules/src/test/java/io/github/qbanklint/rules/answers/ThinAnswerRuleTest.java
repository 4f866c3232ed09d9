package io.github.qbanklint.rules.answers;

import io.github.qbanklint.rules.testing.RuleFixtureTest;

class ThinAnswerRuleTest extends RuleFixtureTest {}
