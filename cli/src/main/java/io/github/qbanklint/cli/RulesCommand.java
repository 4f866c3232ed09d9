package io.github.qbanklint.cli;

import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.RuleMeta;
import io.github.qbanklint.core.engine.RuleRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code qbank-lint rules}: every rule with its id, default severity and summary. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "List every rule: id, family, default severity, whether it is on by default, summary.")
final class RulesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    for (Rule rule : RuleRegistry.load().all()) {
      RuleMeta m = rule.meta();
      Console.OUT.printf(
          "%-24s %-10s %-8s %-4s %s%n",
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
