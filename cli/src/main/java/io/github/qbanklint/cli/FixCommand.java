package io.github.qbanklint.cli;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Rule;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.engine.RuleRegistry;
import io.github.qbanklint.core.fix.FixRunner;
import io.github.qbanklint.core.fix.FixSummary;
import io.github.qbanklint.core.text.DidYouMean;
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
 * bold markers, …), atomically and in each file's own encoding form, only where lint-core allows
 * the write; {@code --dry-run} prints a unified diff instead of writing. One closing line counts
 * what was fixed, refused and left.
 */
@Command(
    name = "fix",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Apply the safe fixes the rules offer; a second run changes nothing.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no file refused and no finding of the chosen rules left at or above the fail level (with"
          + " --dry-run: and nothing to change)",
      "1:no file refused, but findings left at or above the fail level (with --dry-run: or a"
          + " file would change)",
      "2:a file was refused (outside the workspace root, hard-linked, read-only, or changed while"
          + " being fixed; the other files are still fixed), or a usage, configuration or input"
          + " error",
      "3:internal error"
    })
final class FixCommand implements Callable<Integer> {
  private static final String TOC_FAMILY = "toc";

  @Mixin LintOptions lint;
  @Mixin ProgressOptions progress;

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
    FixRunner runner = new FixRunner(registry, config, chosenRules(registry));
    List<FixRunner.FileResult> results;
    try (ProgressDisplay display = progress.start()) {
      results = runner.withProgress(display).run(lint.paths, lint.workingDirectory(), dryRun);
    }
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
        throw new UsageException(
            "unknown rule '" + id + "' (see 'qbank-lint rules')" + DidYouMean.hint(id, known));
      }
      chosen.add(id);
    }
    return chosen::contains;
  }

  private int report(List<FixRunner.FileResult> results, Severity failLevel) {
    List<Finding> remaining = new ArrayList<>();
    for (FixRunner.FileResult r : results) {
      remaining.addAll(r.remaining());
      switch (r.status()) {
        case WOULD_FIX -> Console.OUT.print(r.diff());
        case FIXED ->
            Console.ERR.println(
                r.path() + ": fixed " + FixSummary.counted(r.appliedFixes(), "problem"));
        case REFUSED ->
            Console.ERR.println(
                "qbank-lint: "
                    + r.path()
                    + (dryRun ? ": would not be written: " : ": not written: ")
                    + r.problem());
        case UNREADABLE -> Console.ERR.println("qbank-lint: " + r.path() + ": " + r.problem());
        case UNCHANGED -> {}
      }
    }
    FixSummary summary = FixSummary.of(results);
    Console.ERR.println(
        summary.line(dryRun) + (remaining.isEmpty() ? "" : " (see 'qbank-lint check')"));
    Console.OUT.flush();
    Console.ERR.flush();
    if (remaining.stream().anyMatch(LintResult::isInternalError)) {
      return ExitCodes.INTERNAL;
    }
    if (summary.refusedFiles() > 0 || summary.unreadableFiles() > 0) {
      return ExitCodes.USAGE;
    }
    boolean fails =
        failLevel != null && remaining.stream().anyMatch(f -> f.severity().isAtLeast(failLevel));
    return fails || (dryRun && summary.fixedFiles() > 0) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }
}
