package io.github.qbanklint.cli;

import io.github.qbanklint.core.config.ConfigLoader;
import io.github.qbanklint.core.report.TerminalText;
import io.github.qbanklint.core.text.DidYouMean;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code qbank-lint}: lints Markdown question banks. Without a command, runs {@code check}. */
@Command(
    name = "qbank-lint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    customSynopsis = {
      "qbank-lint [check] [PATH...] [OPTIONS]   (check is the default command)",
      "       qbank-lint COMMAND [OPTIONS]"
    },
    description =
        "Lints Markdown question banks: empty answers, broken links and images, bad LaTeX,"
            + " table-of-contents and numbering problems.")
public final class Main implements Runnable {
  /**
   * The subcommands by name. Building picocli's model of a command costs start-up time, so a run
   * builds only the command it executes; help and version listings build them all.
   */
  private static final Map<String, Class<?>> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("check", CheckCommand.class);
    COMMANDS.put("fix", FixCommand.class);
    COMMANDS.put("rules", RulesCommand.class);
    COMMANDS.put("init", InitCommand.class);
    COMMANDS.put("report", ReportCommand.class);
    COMMANDS.put("outline", OutlineCommand.class);
    COMMANDS.put("baseline", BaselineCommand.class);
    COMMANDS.put("install-hook", InstallHookCommand.class);
    COMMANDS.put("help", CommandLine.HelpCommand.class);
  }

  @Override
  public void run() {
    // Unreachable: main() routes a bare invocation to check.
  }

  public static void main(String[] args) {
    ConfigLoader.prepareInBackground(Path.of(""));
    System.exit(run(args));
  }

  /** Runs the CLI and returns its exit code, without exiting; used by tests. */
  public static int run(String... args) {
    int exitCode = execute(args);
    if (Console.outputFailed()) {
      Console.ERR.println(
          "qbank-lint: cannot write to standard output (the disk is full or the reader of the"
              + " pipe is gone): the output is incomplete; write it with --output FILE instead");
      Console.ERR.flush();
      return Math.max(exitCode, ExitCodes.USAGE);
    }
    return exitCode;
  }

  private static int execute(String... args) {
    List<String> meant = mistypedCommand(args);
    if (!meant.isEmpty()) {
      return unknownCommand(args[0], meant);
    }
    if (args.length > 1 && args[0].equals("help") && isUnknownCommand(args[1])) {
      return unknownCommand(args[1], DidYouMean.suggestions(args[1], COMMANDS.keySet()));
    }
    String[] routed = withDefaultCommand(args);
    Class<?> command = COMMANDS.get(routed[0]);
    boolean onlyOne = command != null && command != CommandLine.HelpCommand.class;
    CommandLine cli = onlyOne ? commandLine(List.of(command)) : commandLine();
    try {
      return cli.execute(routed);
    } catch (OutOfMemoryError e) {
      return fatal(
          "out of memory: give Java more heap (QBANK_LINT_JAVA_OPTS=-Xmx2g), or lower"
              + " maxFileBytes in .qbank-lint.yml to skip the largest files");
    } catch (StackOverflowError e) {
      return fatal("a file nests too deeply to be checked (stack overflow); please report it");
    }
  }

  private static boolean isUnknownCommand(String name) {
    return !name.startsWith("-") && !COMMANDS.containsKey(name);
  }

  private static int unknownCommand(String typed, List<String> meant) {
    Console.ERR.println(
        "qbank-lint: unknown command '"
            + TerminalText.escape(typed)
            + "'"
            + DidYouMean.hint(meant));
    Console.ERR.println("Try 'qbank-lint --help' for usage.");
    Console.ERR.flush();
    return ExitCodes.USAGE;
  }

  /** A failure of the JVM itself: one line and exit 3, never a stack trace or exit 1. */
  private static int fatal(String message) {
    Console.ERR.println("qbank-lint: internal error: " + message);
    Console.ERR.flush();
    return ExitCodes.INTERNAL;
  }

  static CommandLine commandLine() {
    return commandLine(COMMANDS.values());
  }

  private static CommandLine commandLine(Collection<Class<?>> subcommands) {
    CommandLine cli = new CommandLine(new Main());
    for (Class<?> subcommand : subcommands) {
      cli.addSubcommand(subcommand);
    }
    cli.setOut(Console.OUT);
    cli.setErr(Console.ERR);
    cli.setExecutionExceptionHandler(new FailureHandler());
    cli.setParameterExceptionHandler(new UsageErrorHandler());
    if (cli.getSubcommands().containsKey("check") && subcommands.size() > 1) {
      DefaultCommandHelp.addTo(cli);
    }
    return cli;
  }

  /**
   * The command a first argument was meant to be: {@code check} is the default command, so a first
   * argument may be a path, but one that does not exist and is a typo of a command name (`chek`) is
   * taken for a mistyped command rather than reported as a missing file.
   */
  private static List<String> mistypedCommand(String[] args) {
    if (args.length == 0 || !isUnknownCommand(args[0])) {
      return List.of();
    }
    try {
      if (Files.exists(Path.of(args[0]), LinkOption.NOFOLLOW_LINKS)) {
        return List.of();
      }
    } catch (InvalidPathException e) {
      return List.of(); // not a name a command could have either
    }
    return DidYouMean.suggestions(args[0], COMMANDS.keySet());
  }

  /** {@code qbank-lint PATH…} means {@code qbank-lint check PATH…}. */
  private static String[] withDefaultCommand(String[] args) {
    Set<String> commands = COMMANDS.keySet();
    boolean topLevelOption =
        args.length > 0 && List.of("-h", "--help", "-V", "--version").contains(args[0]);
    if (args.length > 0 && (commands.contains(args[0]) || topLevelOption)) {
      return args;
    }
    List<String> routed = new ArrayList<>();
    routed.add("check");
    routed.addAll(List.of(args));
    return routed.toArray(String[]::new);
  }
}
