package io.github.qbanklint.cli;

import io.github.qbanklint.core.cache.CacheOptions;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.config.ConfigLoader;
import io.github.qbanklint.core.engine.FileCollector;
import io.github.qbanklint.core.engine.LintEngine;
import io.github.qbanklint.core.engine.LintProgress;
import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.engine.RuleRegistry;
import io.github.qbanklint.core.engine.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What to lint and with which configuration; shared by the commands that lint. */
final class LintOptions {
  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Files or directories to lint (default: .).")
  List<Path> paths = List.of(Path.of("."));

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Config file (default: .qbank-lint.yml found upward from the first PATH).")
  Path config;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description = "Documents checked at once (default: the number of cores; at most 4 per core).")
  int jobs = LintRequest.defaultJobs();

  @Option(names = "--remote", description = "Also check http(s) links over the network.")
  boolean remote;

  @Option(
      names = "--offline",
      description = "Never use the network, even if the config asks for remote checks.")
  boolean offline;

  @Option(
      names = "--allow-private",
      description =
          "Let remote link checks request loopback, private and link-local addresses (a config"
              + " found in the repository cannot).")
  boolean allowPrivate;

  @Option(names = "--verbose", description = "Print stack traces of internal errors.")
  boolean verbose;

  private LintProgress progress = LintProgress.NONE;

  private RuleRegistry registry;

  /**
   * Set by {@code check}, the one command that only checks: whether and where it reuses results.
   * Its results then carry no bank outlines, which the other commands' reports are made of.
   */
  private Optional<CacheOptions> checking = Optional.empty();

  void forChecking(CacheOptions options) {
    checking = Optional.of(options);
  }

  Path workingDirectory() {
    return Path.of("").toAbsolutePath();
  }

  Config loadConfig() {
    if (jobs < 1) {
      throw new UsageException("--jobs must be at least 1, not " + jobs);
    }
    if (jobs > LintRequest.maxJobs()) {
      Console.ERR.println(
          "qbank-lint: note: --jobs "
              + jobs
              + " lowered to "
              + LintRequest.maxJobs()
              + " (4 per processor; more only slow the run down)");
      Console.ERR.flush();
      jobs = LintRequest.maxJobs();
    }
    Config loaded =
        config != null
            ? ConfigLoader.load(config)
            : ConfigLoader.loadFor(workingDirectory().resolve(paths.get(0)));
    if (allowPrivate) {
      loaded =
          loaded.withSettings(
              loaded.settings().withLinks(loaded.settings().links().withAllowPrivate(true)));
    }
    if (offline) {
      return loaded.withSettings(
          loaded.settings().withLinks(loaded.settings().links().withRemote(false)));
    }
    if (remote) {
      return loaded.withSettings(
          loaded.settings().withLinks(loaded.settings().links().withRemote(true)));
    }
    return loaded;
  }

  LintResult lint(Config loaded) {
    return engine().run(request(loaded));
  }

  LintEngine engine() {
    LintEngine engine = new LintEngine(registry());
    return checking.map(engine::forChecking).orElse(engine).withProgress(progress);
  }

  /** The registered rules, loaded once for the run and its report. */
  RuleRegistry registry() {
    if (registry == null) {
      registry = RuleRegistry.load();
    }
    return registry;
  }

  /** Tells {@code listener} how the runs of these options advance. */
  void reportProgressTo(LintProgress listener) {
    progress = listener;
  }

  LintRequest request(Config loaded) {
    return new LintRequest(paths, workingDirectory(), loaded, jobs);
  }

  /** The real paths of the files a run with {@code loaded} lints. */
  Set<Path> filesToLint(Config loaded) {
    LintRequest request = request(loaded);
    return new FileCollector(request.root(), loaded)
        .select(request.absoluteInputs()).files().stream()
            .map(SourceFile::file)
            .collect(Collectors.toSet());
  }
}
