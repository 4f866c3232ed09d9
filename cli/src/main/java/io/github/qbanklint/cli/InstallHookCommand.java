package io.github.qbanklint.cli;

import io.github.qbanklint.core.git.GitException;
import io.github.qbanklint.core.git.GitRepository;
import io.github.qbanklint.core.git.PreCommitHook;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code qbank-lint install-hook}: writes the git pre-commit hook that runs {@code check --staged}.
 */
@Command(
    name = "install-hook",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Install a git pre-commit hook that runs 'qbank-lint check --staged', so a commit that adds an"
          + " empty answer, a broken anchor or bad LaTeX is stopped.",
      "Run it inside the repository. 'git commit --no-verify' skips the hook once."
    })
final class InstallHookCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "DIR",
      arity = "0..1",
      description = "A directory inside the git repository (default: the current directory).")
  Path directory = Path.of(".");

  @Option(
      names = "--force",
      description =
          "Replace a pre-commit hook that qbank-lint did not write (kept as pre-commit.qbank-lint-backup).")
  boolean force;

  @Option(
      names = "--chain",
      description = "Keep an existing pre-commit hook and run it before qbank-lint.")
  boolean chain;

  @Option(
      names = "--command",
      paramLabel = "CMD",
      description =
          "Shell command the hook starts qbank-lint with (default: this qbank-lint, by absolute path).")
  String command;

  @Override
  public Integer call() {
    if (force && chain) {
      throw new UsageException(
          "--force replaces the existing hook and --chain keeps it: choose one");
    }
    GitRepository repository;
    try {
      repository = GitRepository.discover(directory.toAbsolutePath());
    } catch (GitException e) {
      throw new UsageException(e.getMessage());
    }
    PreCommitHook.Mode mode =
        force
            ? PreCommitHook.Mode.FORCE
            : chain ? PreCommitHook.Mode.CHAIN : PreCommitHook.Mode.REFUSE;
    PreCommitHook.Installed installed;
    try {
      installed =
          PreCommitHook.install(repository, command != null ? command : selfCommand(), mode);
    } catch (PreCommitHook.ForeignHookException e) {
      throw new UsageException(e.getMessage());
    }
    Console.INFO.println((installed.updated() ? "Updated " : "Installed ") + installed.hook());
    installed.chained().ifPresent(p -> Console.INFO.println("It runs " + p + " first."));
    installed
        .backup()
        .ifPresent(p -> Console.INFO.println("The previous hook is kept as " + p + "."));
    return ExitCodes.CLEAN;
  }

  /**
   * How the hook starts this qbank-lint: the repository's launcher script when running from its
   * build (it rebuilds and uses the class-data archive), this jar with this java otherwise, and
   * {@code qbank-lint} from the PATH when not running from a jar.
   */
  static String selfCommand() {
    Path jar;
    try {
      jar =
          Path.of(
              InstallHookCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return "qbank-lint";
    }
    if (!Files.isRegularFile(jar)) {
      return "qbank-lint";
    }
    Path launcher = jar.toAbsolutePath().getParent().resolve("../../qbank-lint").normalize();
    if (Files.isExecutable(launcher)) {
      return quote(launcher.toString());
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return quote(java)
        + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "
        + quote(jar.toAbsolutePath().toString());
  }

  private static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
