package io.github.qbanklint.cli;

import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.engine.RuleRegistry;
import io.github.qbanklint.core.report.RuleListJson;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code qbank-lint rules}: every rule with its id, default severity and summary. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "List every rule: id, family, default severity, whether it is on by default, summary.")
final class RulesCommand implements Callable<Integer> {
  private static final String ROW = "%-24s %-10s %-8s %-4s %s%n";

  /** How to list the rules. */
  enum ListFormat {
    text,
    json
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (a table, the default) or json (with each rule's options).")
  ListFormat format = ListFormat.text;

  @Override
  public Integer call() throws IOException {
    List<RuleMeta> rules = RuleRegistry.load().all().stream().map(Rule::meta).toList();
    if (format == ListFormat.json) {
      RuleListJson.write(rules, Console.OUT);
      return ExitCodes.CLEAN;
    }
    Console.OUT.printf(ROW, "RULE", "FAMILY", "SEVERITY", "ON", "SUMMARY");
    for (RuleMeta m : rules) {
      Console.OUT.printf(
          ROW,
          m.id(),
          m.family(),
          m.defaultSeverity().id(),
          m.enabledByDefault() ? "on" : "off",
          m.summary());
    }
    Console.OUT.flush();
    return ExitCodes.CLEAN;
  }
}
