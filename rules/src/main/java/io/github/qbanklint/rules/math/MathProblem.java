package io.github.qbanklint.rules.math;

/** A problem one of the math rules reports, with document offsets. */
record MathProblem(String ruleId, int start, int end, String message) {}
