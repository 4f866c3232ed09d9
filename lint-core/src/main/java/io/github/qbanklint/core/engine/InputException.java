package io.github.qbanklint.core.engine;

/** An input the user named cannot be linted at all (a missing path); exit code 2. */
public final class InputException extends RuntimeException {
  public InputException(String message) {
    super(message);
  }
}
