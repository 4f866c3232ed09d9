package io.github.qbanklint.core.baseline;

/** A baseline file that cannot be read or written; the message names the file and the cause. */
public final class BaselineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BaselineException(String message, Throwable cause) {
    super(message, cause);
  }
}
