package io.github.qbanklint.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code qbank-lint}: lints Markdown question banks. Without a command, runs {@code check}. */
@Command(
    name = "qbank-lint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Lints Markdown question banks: empty answers, broken links and images, bad LaTeX,"
            + " table-of-contents and numbering problems.",
    subcommands = {
      CheckCommand.class,
      FixCommand.class,
      RulesCommand.class,
      InitCommand.class,
      ReportCommand.class,
      BaselineCommand.class,
      InstallHookCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @Override
  public void run() {
    // Unreachable: main() routes a bare invocation to check.
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns its exit code, without exiting; used by tests. */
  public static int run(String... args) {
    CommandLine cli = commandLine();
    return cli.execute(withDefaultCommand(cli, args));
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(Console.OUT);
    cli.setErr(Console.ERR);
    cli.setExecutionExceptionHandler(new FailureHandler());
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println("qbank-lint: " + ex.getMessage());
          ex.getCommandLine().getErr().println("Try 'qbank-lint --help' for usage.");
          return ExitCodes.USAGE;
        });
    return cli;
  }

  /** {@code qbank-lint PATH…} means {@code qbank-lint check PATH…}. */
  private static String[] withDefaultCommand(CommandLine cli, String[] args) {
    Set<String> commands = cli.getSubcommands().keySet();
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
