package io.github.qbanklint.core.api;

import io.github.qbanklint.core.document.LoadProblem;

/**
 * A workspace file that was not linted, for the file rules: it could not be decoded (binary, not
 * UTF-8), or it is a symbolic link to outside the workspace and was not read.
 */
public record UnreadableInput(String path, LoadProblem problem) {}
