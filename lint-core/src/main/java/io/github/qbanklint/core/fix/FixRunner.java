package io.github.qbanklint.core.fix;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.api.Fix;
import io.github.qbanklint.core.api.UnreadableInput;
import io.github.qbanklint.core.config.Config;
import io.github.qbanklint.core.document.Document;
import io.github.qbanklint.core.document.DocumentLoader;
import io.github.qbanklint.core.engine.FileCollector;
import io.github.qbanklint.core.engine.LintEngine;
import io.github.qbanklint.core.engine.LintProgress;
import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.RuleRegistry;
import io.github.qbanklint.core.engine.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Applies the fixes the rules offer to files: lints each file, applies the fixes of the chosen
 * rules, and lints again until no fix is left (fixes that overlapped wait for the next pass), so a
 * second run changes nothing. Then writes the file atomically in its own encoding form, or with
 * {@code dryRun} only describes the change as a unified diff. A file is written only where {@link
 * WriteTarget} allows it (inside the workspace root, one link, writable); otherwise it is refused,
 * in a dry run too, and its findings stay.
 */
public final class FixRunner {
  /** Enough for fixes that overlap each other; a pass that changes nothing ends earlier. */
  static final int MAX_PASSES = 10;

  private final LintEngine engine;
  private final Config config;
  private final Predicate<String> ruleIds;
  private final LintProgress progress;

  /**
   * @param ruleIds which rules' fixes to apply, by id
   */
  public FixRunner(RuleRegistry registry, Config config, Predicate<String> ruleIds) {
    this(new LintEngine(registry).withFixes(), config, ruleIds, LintProgress.NONE);
  }

  private FixRunner(
      LintEngine engine, Config config, Predicate<String> ruleIds, LintProgress progress) {
    this.engine = engine;
    this.config = config;
    this.ruleIds = ruleIds;
    this.progress = progress;
  }

  /** The same runner, telling {@code progress} how the files and remote links advance. */
  public FixRunner withProgress(LintProgress progress) {
    return new FixRunner(engine.withProgress(progress), config, ruleIds, progress);
  }

  /** What happened to one file. */
  public enum Status {
    /** Nothing to fix. */
    UNCHANGED,
    /** Fixed and written. */
    FIXED,
    /** Would be fixed (dry run); see the diff. */
    WOULD_FIX,
    /**
     * Not written (dry run: would not be), see the problem: it is outside the workspace root, has
     * other hard links, is read-only, changed since it was read, or could not be written.
     */
    REFUSED,
    /** Not fixed: it could not be read or decoded. */
    UNREADABLE
  }

  /**
   * The outcome for one file.
   *
   * @param path relative to the workspace root
   * @param appliedFixes fixes applied over all passes
   * @param diff the unified diff of the change; empty when nothing changed
   * @param remaining findings of the chosen rules that are still there after fixing; for a refused
   *     file, all its findings, fixable or not
   * @param problem why the file was refused or unreadable, one line without the path; empty
   *     otherwise
   */
  public record FileResult(
      String path,
      Status status,
      int appliedFixes,
      String diff,
      List<Finding> remaining,
      String problem) {
    public FileResult {
      remaining = List.copyOf(remaining);
    }
  }

  /** Fixes the files named by {@code inputs} (files or directories). */
  public List<FileResult> run(List<Path> inputs, Path workingDirectory, boolean dryRun) {
    return run(new LintRequest(inputs, workingDirectory, config, 1), dryRun);
  }

  /** Fixes the files of {@code request}, inside its workspace root. */
  public List<FileResult> run(LintRequest request, boolean dryRun) {
    FileCollector collector = new FileCollector(request.root(), config);
    FileCollector.Selection selection = collector.select(request.absoluteInputs());
    List<SourceFile> files = selection.filesOrFail();
    List<FileResult> results = new ArrayList<>();
    for (UnreadableInput outside : selection.outsideWorkspace()) {
      // The walk never reads such a link's target, so its findings are unknown: none counted.
      results.add(
          new FileResult(
              outside.path(), Status.REFUSED, 0, "", List.of(), outside.problem().message()));
    }
    int done = 0;
    progress.files(done, files.size());
    for (SourceFile file : files) {
      results.add(fix(collector.root(), file, dryRun));
      progress.files(++done, files.size());
    }
    results.sort(Comparator.comparing(FileResult::path));
    return results;
  }

  private FileResult fix(Path root, SourceFile file, boolean dryRun) {
    String path = file.relativePath();
    byte[] original;
    try {
      original = Files.readAllBytes(file.file());
    } catch (IOException | SecurityException e) {
      return new FileResult(
          path, Status.UNREADABLE, 0, "", List.of(), "cannot read: " + e.getMessage());
    }
    DocumentLoader.Result loaded = config.documentLoader().decode(path, original);
    if (loaded instanceof DocumentLoader.Failed failed) {
      return new FileResult(path, Status.UNREADABLE, 0, "", List.of(), failed.problem().message());
    }
    Document document = ((DocumentLoader.Loaded) loaded).document();
    List<Finding> found = chosenFindings(root, document);
    Passes fixed = applyFixes(root, document, found);
    String before = document.text();
    String after = fixed.document().text();
    if (after.equals(before)) {
      return new FileResult(path, Status.UNCHANGED, 0, "", fixed.findings(), "");
    }
    try {
      WriteTarget target = WriteTarget.of(root, file.file());
      if (!dryRun) {
        AtomicFileWriter.write(target, original, after, document.sourceFacts());
      }
    } catch (WriteRefusedException e) {
      return new FileResult(path, Status.REFUSED, 0, "", found, e.getMessage());
    }
    return new FileResult(
        path,
        dryRun ? Status.WOULD_FIX : Status.FIXED,
        fixed.appliedFixes(),
        UnifiedDiff.of(path, before, after),
        fixed.findings(),
        "");
  }

  /** A document after the fix passes, with the fixes applied and the findings left. */
  private record Passes(Document document, int appliedFixes, List<Finding> findings) {}

  private Passes applyFixes(Path root, Document document, List<Finding> findings) {
    int maxInlineChars = config.settings().maxInlineChars();
    int applied = 0;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      List<Fix> fixes = findings.stream().flatMap(f -> f.fix().stream()).toList();
      FixApplier.Applied result = FixApplier.apply(document.text(), fixes);
      if (result.appliedFixes() == 0 || result.text().equals(document.text())) {
        break;
      }
      applied += result.appliedFixes();
      document =
          new Document(document.path(), document.sourceFacts(), result.text(), maxInlineChars);
      findings = chosenFindings(root, document);
    }
    return new Passes(document, applied, findings);
  }

  private List<Finding> chosenFindings(Path root, Document document) {
    return engine.lintDocuments(root, List.of(document), config).findings().stream()
        .filter(f -> ruleIds.test(f.ruleId()))
        .toList();
  }
}
