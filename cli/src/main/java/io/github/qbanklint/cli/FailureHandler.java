package io.github.qbanklint.cli;

import io.github.qbanklint.core.config.ConfigException;
import io.github.qbanklint.core.engine.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Turns exceptions into one-line messages and exit codes: configuration and input problems, and
 * output that cannot be written, exit 2, anything else is an internal error (exit 3), with the
 * stack trace only under {@code --verbose}.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    var err = commandLine.getErr();
    if (ex instanceof ConfigException config) {
      err.println("qbank-lint: " + config.describe());
      return ExitCodes.USAGE;
    }
    if (ex instanceof InputException input) {
      err.println("qbank-lint: " + input.getMessage());
      return ExitCodes.USAGE;
    }
    if (ex instanceof UsageException usage) {
      err.println("qbank-lint: " + usage.getMessage());
      return ExitCodes.USAGE;
    }
    if (ex instanceof IOException io) {
      err.println("qbank-lint: cannot write the output: " + describe(io));
      return ExitCodes.USAGE;
    }
    // A cached result that does not decode says what it is and what to do: no class name.
    err.println(
        "qbank-lint: internal error: "
            + (ex instanceof UncheckedIOException unchecked ? unchecked.getMessage() : ex));
    if (verbose(parseResult)) {
      ex.printStackTrace(err);
    } else {
      err.println("Run again with --verbose for the stack trace, and please report it.");
    }
    return ExitCodes.INTERNAL;
  }

  /** The JDK names only the path for most file errors; say what went wrong with it. */
  private static String describe(IOException e) {
    String what =
        e instanceof NoSuchFileException
            ? "no such file or directory"
            : e instanceof AccessDeniedException
                ? "permission denied"
                : e instanceof FileAlreadyExistsException
                    ? "a file is in the way of a directory"
                    : e instanceof FileSystemException fs && fs.getReason() != null
                        ? fs.getReason()
                        : null;
    return what == null ? String.valueOf(e.getMessage()) : what + ": " + e.getMessage();
  }

  private static boolean verbose(CommandLine.ParseResult parseResult) {
    for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
