package io.github.qbanklint.cli;

/** A combination of options that makes no sense; exit code 2. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
