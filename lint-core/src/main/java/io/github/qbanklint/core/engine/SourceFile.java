package io.github.qbanklint.core.engine;

import java.nio.file.Path;

/**
 * A file to lint: where it really is (symbolic links resolved), and the path it is reported under,
 * relative to the workspace root with {@code /}.
 */
public record SourceFile(Path file, String relativePath) {}
