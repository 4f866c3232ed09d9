package io.github.qbanklint.core.document;

/**
 * Why a file could not be read as UTF-8 Markdown, and where: 1-based line and column of the first
 * bad byte or NUL byte, line 1 column 1 otherwise.
 */
public record LoadProblem(Kind kind, String message, int line, int column) {

  /** The classes of unreadable input. */
  public enum Kind {
    BINARY,
    ENCODING,
    TOO_LARGE,
    UNREADABLE,
    /** A symbolic link whose target is outside the workspace root: not read at all. */
    OUTSIDE_WORKSPACE
  }
}
