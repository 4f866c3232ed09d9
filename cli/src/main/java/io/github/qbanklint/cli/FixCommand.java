package io.github.qbanklint.cli;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.engine.RuleRegistry;
import io.github.qbanklint.core.fix.FixRunner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code qbank-lint fix}: applies the fixes the rules offer (table-of-contents regeneration, broken
 * bold markers, …), atomically and in each file's own encoding form; {@code --dry-run} prints a
 * unified diff instead of writing.
 */
@Command(
    name = "fix",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Apply the safe fixes the rules offer; a second run changes nothing.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding of the chosen rules left at or above the fail level (with --dry-run: and"
          + " nothing to change)",
      "1:findings left at or above the fail level (with --dry-run: or a file would change)",
      "2:usage, configuration or input error, or a file changed while it was being fixed",
      "3:internal error"
    })
final class FixCommand implements Callable<Integer> {
  private static final String TOC_FAMILY = "toc";

  @Mixin LintOptions lint;

  @Option(names = "--toc", description = "Only regenerate tables of contents (the toc rules' fix).")
  boolean toc;

  @Option(
      names = "--rule",
      paramLabel = "ID",
      description = "Only apply this rule's fixes (repeatable).")
  List<String> rules = new ArrayList<>();

  @Option(names = "--dry-run", description = "Print a unified diff of the fixes; write nothing.")
  boolean dryRun;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description =
          "Exit 1 when a finding of the chosen rules is left at or above LEVEL: error, warning,"
              + " info or none (default: error).")
  String failOn = "error";

  @Override
  public Integer call() {
    Config config = lint.loadConfig();
    Severity failLevel = OutputOptions.parseFailLevel(failOn);
    RuleRegistry registry = RuleRegistry.load();
    List<FixRunner.FileResult> results =
        new FixRunner(registry, config, chosenRules(registry))
            .run(lint.paths, lint.workingDirectory(), dryRun);
    return report(results, failLevel);
  }

  /** The rules whose fixes apply: all, or those named by {@code --rule} and {@code --toc}. */
  private Predicate<String> chosenRules(RuleRegistry registry) {
    if (!toc && rules.isEmpty()) {
      return id -> true;
    }
    Set<String> known = new HashSet<>();
    Set<String> chosen = new HashSet<>();
    for (Rule rule : registry.all()) {
      known.add(rule.id());
      if (toc && rule.meta().family().equals(TOC_FAMILY)) {
        chosen.add(rule.id());
      }
    }
    for (String id : rules) {
      if (!known.contains(id)) {
        throw new UsageException("unknown rule '" + id + "' (see 'qbank-lint rules')");
      }
      chosen.add(id);
    }
    return chosen::contains;
  }

  private int report(List<FixRunner.FileResult> results, Severity failLevel) {
    int exit = ExitCodes.CLEAN;
    int fixes = 0;
    int files = 0;
    List<Finding> remaining = new ArrayList<>();
    for (FixRunner.FileResult r : results) {
      remaining.addAll(r.remaining());
      switch (r.status()) {
        case WOULD_FIX -> {
          Console.OUT.print(r.diff());
          exit = Math.max(exit, ExitCodes.FINDINGS);
        }
        case FIXED -> {
          files++;
          fixes += r.appliedFixes();
          Console.ERR.println(r.path() + ": applied " + r.appliedFixes() + " fix(es)");
        }
        case REFUSED, UNREADABLE -> {
          Console.ERR.println("qbank-lint: " + r.path() + ": " + r.problem());
          exit = ExitCodes.USAGE;
        }
        case UNCHANGED -> {}
      }
    }
    if (!dryRun) {
      Console.ERR.println(
          "fixed "
              + fixes
              + " problem(s) in "
              + files
              + " file(s); "
              + remaining.size()
              + " finding(s) left (see 'qbank-lint check')");
    }
    Console.OUT.flush();
    Console.ERR.flush();
    if (remaining.stream().anyMatch(f -> f.ruleId().equals(LintResult.INTERNAL_ERROR))) {
      return ExitCodes.INTERNAL;
    }
    boolean fails =
        failLevel != null && remaining.stream().anyMatch(f -> f.severity().isAtLeast(failLevel));
    return exit == ExitCodes.CLEAN && fails ? ExitCodes.FINDINGS : exit;
  }
}
