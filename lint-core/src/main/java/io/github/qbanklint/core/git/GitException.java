package io.github.qbanklint.core.git;

/**
 * A git command failed, timed out or could not run (no git, not a repository, unknown revision).
 * The message is meant for the user as it is; the CLI maps it to exit code 2.
 */
public final class GitException extends RuntimeException {
  public GitException(String message) {
    super(message);
  }
}
