package io.github.qbanklint.core.api;

import io.github.qbanklint.core.document.LoadProblem;

/** A workspace file that could not be decoded (binary, not UTF-8), for the file rules. */
public record UnreadableInput(String path, LoadProblem problem) {}
