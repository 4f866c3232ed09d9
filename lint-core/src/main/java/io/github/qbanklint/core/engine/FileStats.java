package io.github.qbanklint.core.engine;

/** Per-file counts for the summary line and reports. */
public record FileStats(String path, int questions, int answered) {}
