package io.github.qbanklint.core.baseline;

/**
 * One known finding. Only {@code fingerprint} is matched; rule, path, line and message are there
 * for people reading the file and for listing fixed entries.
 *
 * @param path relative to the baseline file's directory, with {@code /} separators
 */
public record BaselineEntry(
    String rule, String path, int line, String message, String fingerprint) {}
