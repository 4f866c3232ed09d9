package io.github.qbanklint.core.config;

import java.nio.file.Path;

/** A configuration problem, with the file and 1-based line and column when known. */
public final class ConfigException extends RuntimeException {
  private final transient Path file;
  private final int line;
  private final int column;

  public ConfigException(Path file, int line, int column, String message) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  public ConfigException(String message) {
    this(null, 0, 0, message);
  }

  /** {@code file:line:column: message}, or just the message when there is no position. */
  public String describe() {
    if (file == null) {
      return getMessage();
    }
    return line > 0
        ? file + ":" + line + ":" + column + ": " + getMessage()
        : file + ": " + getMessage();
  }
}
