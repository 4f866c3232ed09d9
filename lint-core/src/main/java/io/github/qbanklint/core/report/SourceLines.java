package io.github.qbanklint.core.report;

import io.github.qbanklint.core.document.LineIndex;
import io.github.qbanklint.core.document.StrictUtf8;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The lines of the checked files, read from disk when first asked for and kept for the rest of one
 * report. Code frames and baseline fingerprints use them; a file that cannot be read as UTF-8 has
 * no lines. Not thread-safe: one instance per report.
 */
public final class SourceLines {
  private final Path root;
  private String path;
  private Optional<LineIndex> lines = Optional.empty();

  public SourceLines(Path root) {
    this.root = root;
  }

  /** The text of a 1-based line of the file at {@code path} (relative to the root). */
  public Optional<String> line(String path, int line) {
    return lineOf(lines(path), line);
  }

  /**
   * The lines of the file at {@code path}, indexed; immutable, so they may be shared with other
   * threads.
   */
  public Optional<LineIndex> lines(String path) {
    if (!path.equals(this.path)) {
      this.path = path;
      this.lines = read(path);
    }
    return lines;
  }

  /** The text of a 1-based line of indexed lines, if there is such a line. */
  public static Optional<String> lineOf(Optional<LineIndex> lines, int line) {
    return lines
        .filter(index -> line >= 1 && line <= index.lineCount())
        .map(index -> index.lineText(line));
  }

  private Optional<LineIndex> read(String path) {
    try {
      byte[] bytes = Files.readAllBytes(root.resolve(path));
      return StrictUtf8.decode(bytes, 0)
          .map(text -> text.startsWith("\uFEFF") ? text.substring(1) : text)
          .map(LineIndex::new);
    } catch (IOException | java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
  }
}
