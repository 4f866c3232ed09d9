package io.github.qbanklint.rules.toc;

import io.github.qbanklint.rules.testing.RuleFixtureTest;

class TocTextMismatchRuleTest extends RuleFixtureTest {}
