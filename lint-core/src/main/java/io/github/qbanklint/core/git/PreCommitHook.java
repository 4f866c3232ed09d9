package io.github.qbanklint.core.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Writes the git pre-commit hook that runs {@code check --staged}. A hook qbank-lint did not write
 * is never lost: it is refused by default, kept as {@code pre-commit.qbank-lint-chained} and run
 * first with {@link Mode#CHAIN}, or kept as {@code pre-commit.qbank-lint-backup} when replaced with
 * {@link Mode#FORCE}. Re-installing over qbank-lint's own hook updates it in place and keeps an
 * existing chain.
 */
public final class PreCommitHook {
  static final String MARKER = "# installed by qbank-lint install-hook";
  static final String CHAINED = "pre-commit.qbank-lint-chained";
  static final String BACKUP = "pre-commit.qbank-lint-backup";

  /** What to do with a pre-commit hook that qbank-lint did not write. */
  public enum Mode {
    REFUSE,
    CHAIN,
    FORCE
  }

  /** What an installation did. */
  public record Installed(
      Path hook, Optional<Path> chained, Optional<Path> backup, boolean updated) {}

  /** There is a foreign hook and the mode is {@link Mode#REFUSE}. */
  public static final class ForeignHookException extends RuntimeException {
    ForeignHookException(String message) {
      super(message);
    }
  }

  private PreCommitHook() {}

  /** Installs the hook; {@code command} is the shell command that starts qbank-lint. */
  public static Installed install(GitRepository repository, String command, Mode mode) {
    Path hooks = repository.hooksDirectory();
    Path hook = hooks.resolve("pre-commit");
    Path chained = hooks.resolve(CHAINED);
    try {
      Files.createDirectories(hooks);
      boolean exists = Files.exists(hook);
      boolean ours = exists && Files.readString(hook, StandardCharsets.UTF_8).contains(MARKER);
      Optional<Path> backup = Optional.empty();
      if (exists && !ours) {
        switch (mode) {
          case REFUSE ->
              throw new ForeignHookException(
                  hook
                      + " exists and was not written by qbank-lint. Re-run with --chain to keep it and"
                      + " run it before qbank-lint, or with --force to replace it (a backup is kept).");
          case CHAIN -> {
            if (Files.exists(chained)) {
              throw new ForeignHookException(
                  chained + " already exists; move it away before chaining another hook.");
            }
            Files.move(hook, chained);
          }
          case FORCE -> {
            Files.move(hook, hooks.resolve(BACKUP), StandardCopyOption.REPLACE_EXISTING);
            backup = Optional.of(hooks.resolve(BACKUP));
          }
          default -> throw new IllegalStateException(mode.toString());
        }
      }
      Optional<Path> chain = Files.exists(chained) ? Optional.of(chained) : Optional.empty();
      writeExecutable(hook, script(command, chain.isPresent()));
      return new Installed(hook, chain, backup, ours);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + hook + ": " + e.getMessage(), e);
    }
  }

  static String script(String command, boolean chain) {
    StringBuilder s = new StringBuilder();
    s.append("#!/bin/sh\n")
        .append(MARKER)
        .append(": lints the staged Markdown before each commit.\n")
        .append(
            "# Re-run 'qbank-lint install-hook' to update it; 'git commit --no-verify' skips it once.\n");
    if (chain) {
      s.append("\"$(dirname \"$0\")/").append(CHAINED).append("\" \"$@\" || exit $?\n");
    }
    s.append("exec ").append(command).append(" check --staged\n");
    return s.toString();
  }

  private static void writeExecutable(Path file, String text) throws IOException {
    Path temp = file.resolveSibling(file.getFileName() + ".qbank-lint-tmp");
    Files.writeString(temp, text, StandardCharsets.UTF_8);
    try {
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException e) {
      temp.toFile().setExecutable(true);
    }
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
