package io.github.qbanklint.core.document;

/** Facts about the original bytes that a fix must preserve when it writes the file back. */
public record SourceFacts(boolean hasBom, LineEnding lineEnding, long byteLength) {}
