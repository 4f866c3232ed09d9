package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.api.DocumentSummary;
import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.RemoteLinks;
import io.github.qbanklint.core.api.Severity;
import io.github.qbanklint.core.api.UnreadableInput;
import io.github.qbanklint.core.bank.BankModel;
import io.github.qbanklint.core.bank.BankModelBuilder;
import io.github.qbanklint.core.bank.BankOutline;
import io.github.qbanklint.core.cache.CacheOptions;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.DocumentLoader;
import io.github.qbanklint.core.document.LoadProblem;
import io.github.qbanklint.core.remote.RemoteLinkService;
import io.github.qbanklint.core.remote.RemoteSummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Runs the configured rules over the files of a request: documents in parallel, workspace rules
 * after, findings in a stable order whatever the thread timing. A rule that throws becomes an
 * {@code internal-error} finding; the other rules still run.
 */
public final class LintEngine {
  private final RuleRegistry registry;
  private final LintProgress progress;
  private final boolean fixesWanted;
  private final CacheOptions cacheOptions;
  private final boolean outlinesWanted;

  /**
   * An engine whose results carry each bank's outline: findings come without the fixes that are
   * costly to compute.
   */
  public LintEngine(RuleRegistry registry) {
    this(registry, LintProgress.NONE, false, CacheOptions.off(), true);
  }

  private LintEngine(
      RuleRegistry registry,
      LintProgress progress,
      boolean fixesWanted,
      CacheOptions cacheOptions,
      boolean outlinesWanted) {
    this.registry = registry;
    this.progress = progress;
    this.fixesWanted = fixesWanted;
    this.cacheOptions = cacheOptions;
    this.outlinesWanted = outlinesWanted;
  }

  /** The same engine, telling {@code progress} how the files and remote links advance. */
  public LintEngine withProgress(LintProgress progress) {
    return new LintEngine(registry, progress, fixesWanted, cacheOptions, outlinesWanted);
  }

  /**
   * The same engine for fixing: every finding that has a fix carries it, and no cached result is
   * used, so what is written never depends on an earlier run.
   */
  public LintEngine withFixes() {
    return new LintEngine(registry, progress, true, CacheOptions.off(), outlinesWanted);
  }

  /**
   * The same engine for checking only: its results carry no bank outlines ({@link
   * FileStats#outline()} is empty; only the unanswered-questions reports and {@code outline} read
   * them, and 2,000 banks' outlines held 110 MB until the run ended), and it reuses the
   * per-document results of earlier runs as {@code options} say, unless the configuration turns the
   * cache off; engines for fixing never do.
   */
  public LintEngine forChecking(CacheOptions options) {
    return new LintEngine(
        registry, progress, fixesWanted, fixesWanted ? CacheOptions.off() : options, false);
  }

  public LintResult run(LintRequest request) {
    return run(request, new DiskSource(request.config().documentLoader()));
  }

  /** Runs with another way of reading file contents (for example the git index). */
  public LintResult run(LintRequest request, ContentSource source) {
    Config config = request.config();
    List<ConfiguredRule> rules = registry.configure(config);
    FileCollector collector = new FileCollector(request.root(), config);
    for (java.nio.file.Path input : request.inputs()) {
      collector.requireExisting(request.workingDirectory().resolve(input), input);
    }
    FileCollector.Selection selection = collector.select(request.absoluteInputs());
    List<SourceFile> files = source.files(selection.files());
    BankModelBuilder bankBuilder = new BankModelBuilder(config.conventions());
    Optional<RunCache> cache =
        source instanceof ByteSource
            ? RunCache.open(cacheOptions, collector.root(), config, rules, registry.ids())
            : Optional.empty();

    // Fewer files than jobs (a single bank, a pre-commit run): the rules of a file share the
    // threads instead, so the spare core is not idle.
    boolean rulesInParallel = request.jobs() > 1 && files.size() < request.jobs();
    AtomicInteger done = new AtomicInteger();
    progress.files(0, files.size());
    List<FileOutcome> outcomes =
        checkAll(
            files,
            request.jobs(),
            f -> {
              FileOutcome outcome =
                  isolated(
                      f.relativePath(),
                      () ->
                          lintFile(
                              f,
                              source,
                              cache,
                              rules,
                              bankBuilder,
                              config,
                              rulesInParallel,
                              request.reports(f.relativePath())));
              progress.files(done.incrementAndGet(), files.size());
              return outcome;
            });
    cache.ifPresent(RunCache::save);
    List<FileOutcome> all = new ArrayList<>(notLinted(selection));
    all.addAll(outcomes);
    return finish(collector.root(), all, rules, config, request.jobs() > 1, request::reports);
  }

  /** The walk's links out of the workspace (for the file rules) and its input errors. */
  private static List<FileOutcome> notLinted(FileCollector.Selection selection) {
    List<FileOutcome> outcomes = new ArrayList<>();
    for (UnreadableInput link : selection.outsideWorkspace()) {
      outcomes.add(FileOutcome.notLinted(link.path(), Optional.of(link), Optional.empty()));
    }
    for (String problem : selection.problems()) {
      outcomes.add(FileOutcome.notLinted(problem, Optional.empty(), Optional.of(problem)));
    }
    return outcomes;
  }

  /**
   * Lints documents already in memory (tests, generated input, content from git), as if they were
   * the files of a workspace rooted at {@code root}.
   */
  public LintResult lintDocuments(
      java.nio.file.Path root, List<Document> documents, Config config) {
    List<ConfiguredRule> rules = registry.configure(config);
    BankModelBuilder bankBuilder = new BankModelBuilder(config.conventions());
    List<FileOutcome> outcomes =
        documents.stream()
            .map(d -> isolated(d.path(), () -> checkDocument(d, rules, bankBuilder, config, false)))
            .toList();
    return finish(root, outcomes, rules, config, false, path -> true);
  }

  private LintResult finish(
      java.nio.file.Path root,
      List<FileOutcome> outcomes,
      List<ConfiguredRule> rules,
      Config config,
      boolean parallel,
      Predicate<String> reported) {
    // One entry per path, in Finding.ORDER's order of paths: its file's findings, then what the
    // workspace rules found there.
    TreeMap<String, PathFindings> byPath = new TreeMap<>();
    List<DocumentSummary> summaries = new ArrayList<>();
    List<UnreadableInput> unreadable = new ArrayList<>();
    Map<String, Suppressions> suppressions = new HashMap<>();
    List<FileStats> stats = new ArrayList<>();
    List<String> inputErrors = new ArrayList<>();
    List<String> stackTraces = new ArrayList<>();
    for (FileOutcome o : outcomes) {
      if (o.findings().size() > 0) {
        byPath.merge(o.path(), o.findings(), PathFindings::followedBy);
      }
      o.summary().ifPresent(summaries::add);
      o.suppressions().ifPresent(s -> suppressions.put(o.path(), s));
      o.stats().ifPresent(stats::add);
      o.unreadable().ifPresent(unreadable::add);
      o.inputError().ifPresent(inputErrors::add);
      stackTraces.addAll(o.stackTraces());
    }
    if (rules.isEmpty()) {
      // A run that only reads banks (report, outline) has no rule to report a file it could not
      // read: say so as an input error rather than leave the file out in silence. A link out of
      // the workspace is no error, only a note (an info finding) for the runs that check.
      unreadable.stream()
          .filter(u -> u.problem().kind() != LoadProblem.Kind.OUTSIDE_WORKSPACE)
          .forEach(u -> inputErrors.add(u.path() + ": " + u.problem().message()));
    }
    Optional<RemoteLinkService> remoteService =
        RemoteLinkService.forRun(
            config.settings(), root, progress::remoteLinks, cacheOptions, config.cache());
    RemoteLinks remoteLinks =
        remoteService.<RemoteLinks>map(service -> service).orElse(RemoteLinks.disabled());
    List<DocumentSummary> documents = List.copyOf(summaries);
    List<UnreadableInput> unreadableFiles = List.copyOf(unreadable);
    // Workspace rules only read the summaries: they run side by side, their findings kept in rule
    // order, so that the serial tail of a run is its slowest rule rather than their sum.
    Stream<ConfiguredRule> each = parallel ? rules.parallelStream() : rules.stream();
    List<RuleOutcome> ruleOutcomes =
        each.map(
                rule ->
                    checkWorkspace(
                        rule,
                        new WorkspaceRun(
                            root,
                            documents,
                            unreadableFiles,
                            rule,
                            config.settings(),
                            new ArrayList<>(),
                            remoteLinks,
                            reported),
                        suppressions,
                        reported))
            .toList();
    Map<String, List<Finding>> workspaceFindings = new HashMap<>();
    for (RuleOutcome outcome : ruleOutcomes) {
      for (Finding f : outcome.findings()) {
        workspaceFindings.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f);
      }
      outcome.stackTrace().ifPresent(stackTraces::add);
    }
    // Each path's workspace findings sorted on every core (a duplicate question across 2,000
    // files is 370,000 findings), then merged in on this thread.
    Stream<Map.Entry<String, List<Finding>>> paths =
        parallel
            ? workspaceFindings.entrySet().parallelStream()
            : workspaceFindings.entrySet().stream();
    paths
        .map(e -> PathFindings.of(e.getKey(), e.getValue()))
        .toList()
        .forEach(found -> byPath.merge(found.path(), found, PathFindings::followedBy));
    Optional<RemoteSummary> remote = remoteService.flatMap(RemoteLinkService::summary);
    return LintResult.ofPaths(
        root, stats, List.copyOf(byPath.values()), inputErrors, stackTraces, remote);
  }

  private static RuleOutcome checkWorkspace(
      ConfiguredRule rule,
      WorkspaceRun run,
      Map<String, Suppressions> suppressions,
      Predicate<String> reported) {
    try {
      rule.rule().checkWorkspace(run);
      return new RuleOutcome(
          run.found().stream()
              .filter(f -> reported.test(f.path()))
              .filter(
                  f ->
                      !suppressions
                          .getOrDefault(f.path(), Suppressions.none())
                          .suppresses(f.ruleId(), f.line()))
              .toList(),
          Optional.empty());
    } catch (RuntimeException | StackOverflowError e) {
      return new RuleOutcome(
          List.of(internalError("(workspace)", ruleFailed(rule, e))),
          Optional.of(stackTrace("rule " + rule.id(), "(workspace)", e)));
    }
  }

  private static List<FileOutcome> checkAll(
      List<SourceFile> files,
      int jobs,
      java.util.function.Function<SourceFile, FileOutcome> check) {
    if (jobs == 1 || files.size() < 2) {
      return files.stream().map(check).toList();
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(jobs, files.size()),
            r -> {
              Thread t = new Thread(r, "qbank-lint-worker");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<FileOutcome>> futures = new ArrayList<>();
      for (SourceFile f : files) {
        futures.add(pool.submit(() -> check.apply(f)));
      }
      List<FileOutcome> outcomes = new ArrayList<>();
      for (Future<FileOutcome> future : futures) {
        outcomes.add(future.get());
      }
      return outcomes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof VirtualMachineError vm) {
        throw vm; // out of memory in a worker: the front end reports it as such
      }
      throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Runs the check of one file so that whatever escapes it (a parser stack overflow, a failure
   * while loading or summarising) becomes an internal-error finding for that file alone.
   */
  private static FileOutcome isolated(String path, Supplier<FileOutcome> check) {
    try {
      return check.get();
    } catch (RuntimeException | StackOverflowError e) {
      Finding finding =
          internalError(
              path,
              "this file could not be checked (" + describe(e) + "); the other files still were.");
      return new FileOutcome(
          path,
          PathFindings.inOrder(path, List.of(finding)),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          List.of(stackTrace("checking", path, e)));
    }
  }

  private FileOutcome lintFile(
      SourceFile file,
      ContentSource source,
      Optional<RunCache> cache,
      List<ConfiguredRule> rules,
      BankModelBuilder bankBuilder,
      Config config,
      boolean rulesInParallel,
      boolean reported) {
    if (cache.isEmpty() || !(source instanceof ByteSource bytes)) {
      return reportedOrNot(
          check(
              file.relativePath(), source.load(file), rules, bankBuilder, config, rulesInParallel),
          reported);
    }
    // A file not written since its result was stored is not even read; otherwise only the bytes
    // are read and hashed: a hit skips decoding, parsing and every rule.
    Optional<byte[]> stamp = bytes.stamp(file);
    Optional<FileOutcome> unchanged =
        stamp.flatMap(s -> cache.get().findUnchanged(file.relativePath(), s, reported));
    if (unchanged.isPresent()) {
      return unchanged.get();
    }
    DocumentLoader.Read read = bytes.read(file);
    if (read instanceof DocumentLoader.Failed failed) {
      return check(file.relativePath(), failed, rules, bankBuilder, config, rulesInParallel);
    }
    byte[] content = ((DocumentLoader.Bytes) read).bytes();
    byte[] hash = cache.get().contentHash(content);
    Optional<FileOutcome> hit = cache.get().find(file.relativePath(), hash, stamp, reported);
    if (hit.isPresent()) {
      return hit.get();
    }
    FileOutcome outcome =
        check(
            file.relativePath(),
            bytes.decode(file, content),
            rules,
            bankBuilder,
            config,
            rulesInParallel);
    cache.get().store(file.relativePath(), hash, stamp, outcome);
    return reportedOrNot(outcome, reported);
  }

  /** The findings of a file the run does not report are dropped as soon as they are known. */
  private static FileOutcome reportedOrNot(FileOutcome outcome, boolean reported) {
    return reported ? outcome : outcome.unreported();
  }

  private FileOutcome check(
      String path,
      DocumentLoader.Result loaded,
      List<ConfiguredRule> rules,
      BankModelBuilder bankBuilder,
      Config config,
      boolean rulesInParallel) {
    if (loaded instanceof DocumentLoader.Failed failed) {
      LoadProblem problem = failed.problem();
      boolean contentProblem =
          problem.kind() == LoadProblem.Kind.BINARY || problem.kind() == LoadProblem.Kind.ENCODING;
      return contentProblem
          ? FileOutcome.notLinted(
              path, Optional.of(new UnreadableInput(path, problem)), Optional.empty())
          : FileOutcome.notLinted(
              path, Optional.empty(), Optional.of(path + ": " + problem.message()));
    }
    return checkDocument(
        ((DocumentLoader.Loaded) loaded).document(), rules, bankBuilder, config, rulesInParallel);
  }

  private FileOutcome checkDocument(
      Document document,
      List<ConfiguredRule> rules,
      BankModelBuilder bankBuilder,
      Config config,
      boolean rulesInParallel) {
    String path = document.path();
    Suppressions suppressions = Suppressions.of(document);
    Supplier<BankModel> bank = () -> bankBuilder.modelOf(document);
    Stream<ConfiguredRule> each = rulesInParallel ? rules.parallelStream() : rules.stream();
    List<RuleOutcome> ruleOutcomes =
        each.map(rule -> checkRule(rule, document, bank, config, suppressions)).toList();
    List<Finding> findings = new ArrayList<>();
    List<String> stackTraces = new ArrayList<>();
    for (RuleOutcome outcome : ruleOutcomes) {
      findings.addAll(outcome.findings());
      outcome.stackTrace().ifPresent(stackTraces::add);
    }
    BankModel model = bank.get();
    BankOutline outline = outlinesWanted ? BankOutline.of(document, model) : BankOutline.empty();
    return FileOutcome.checked(
        path,
        findings,
        SummaryBuilder.summarise(document, model),
        suppressions,
        new FileStats(path, model.questions().size(), (int) model.answeredCount(), outline),
        stackTraces);
  }

  /** What one rule found in one document, or how it failed. */
  private record RuleOutcome(List<Finding> findings, Optional<String> stackTrace) {}

  private RuleOutcome checkRule(
      ConfiguredRule rule,
      Document document,
      Supplier<BankModel> bank,
      Config config,
      Suppressions suppressions) {
    List<Finding> ruleFindings = new ArrayList<>();
    try {
      rule.rule()
          .check(
              new DocumentRun(
                  document,
                  bank,
                  rule,
                  config.settings(),
                  fixesWanted,
                  registry.ids(),
                  ruleFindings));
      return new RuleOutcome(
          ruleFindings.stream()
              .filter(f -> !suppressions.suppresses(f.ruleId(), f.line()))
              .toList(),
          Optional.empty());
    } catch (RuntimeException | StackOverflowError e) {
      return new RuleOutcome(
          List.of(internalError(document.path(), ruleFailed(rule, e))),
          Optional.of(stackTrace("rule " + rule.id(), document.path(), e)));
    }
  }

  private static String ruleFailed(ConfiguredRule rule, Throwable e) {
    return "rule "
        + rule.id()
        + " failed on this file ("
        + describe(e)
        + "); the other rules still ran.";
  }

  private static Finding internalError(String path, String what) {
    return new Finding(
        LintResult.INTERNAL_ERROR,
        Severity.ERROR,
        path,
        1,
        1,
        1,
        1,
        what + " Run with --verbose for the stack trace and report it.",
        Optional.empty());
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static String stackTrace(String what, String path, Throwable e) {
    StringWriter out = new StringWriter();
    out.append(what).append(" on ").append(path).append(":\n");
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
