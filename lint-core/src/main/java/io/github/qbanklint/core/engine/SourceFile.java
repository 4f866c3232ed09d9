package io.github.qbanklint.core.engine;

import java.nio.file.Path;

/** A file to lint: where it is, and its path relative to the workspace root with {@code /}. */
public record SourceFile(Path file, String relativePath) {}
