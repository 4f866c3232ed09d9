package io.github.qbanklint.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The top-level help's section on {@code check}: it is the default command, so {@code qbank-lint
 * --help} shows its paths and options too, not only the list of commands. A named class rather than
 * a lambda, for the reason given in {@link UsageErrorHandler}.
 */
final class DefaultCommandHelp implements CommandLine.IHelpSectionRenderer {
  private static final String SECTION = "defaultCommandOptions";

  private final CommandLine check;

  private DefaultCommandHelp(CommandLine check) {
    this.check = check;
  }

  /** Adds the section after the list of commands of {@code cli}, which has {@code check}. */
  static void addTo(CommandLine cli) {
    cli.getHelpSectionMap().put(SECTION, new DefaultCommandHelp(cli.getSubcommands().get("check")));
    List<String> keys = new ArrayList<>(cli.getHelpSectionKeys());
    keys.add(
        keys.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST) + 1, SECTION);
    cli.setHelpSectionKeys(keys);
  }

  @Override
  public String render(CommandLine.Help help) {
    CommandLine.Help checkHelp = check.getHelp();
    return String.format("%nWithout a command, runs check:%n")
        + checkHelp.parameterList()
        + checkHelp.optionList()
        + String.format("%nSee 'qbank-lint help COMMAND' for the options of the other commands.%n");
  }
}
