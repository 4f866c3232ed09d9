package io.github.qbanklint.core.git;

import io.github.qbanklint.core.api.Finding;
import io.github.qbanklint.core.document.DocumentLoader;
import io.github.qbanklint.core.engine.ContentSource;
import io.github.qbanklint.core.engine.DiskSource;
import io.github.qbanklint.core.engine.FileCollector;
import io.github.qbanklint.core.engine.LintEngine;
import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.engine.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lints only what git says changed, without losing cross-file checks: the whole workspace is linted
 * (so anchors into unchanged files still resolve), and only findings in the selected files are
 * kept. The selection is the request's files (include and exclude applied) that git names. When
 * none of them is selected (and, for staged content, no file is deleted) nothing is parsed at all,
 * so a commit without Markdown is free.
 */
public final class GitScopedLint {
  private final LintEngine engine;

  public GitScopedLint(LintEngine engine) {
    this.engine = engine;
  }

  /**
   * Lints the content staged for the next commit: the workspace is the index's (untracked files and
   * staged removals left out, files with unstaged edits read from the index), and findings are kept
   * for staged files. When the index deletes or renames a file, or a staged edit removes an anchor,
   * files that are not staged may break too: {@code HEAD} is then linted as well, and the findings
   * the staged changes introduce in those files are kept with the rest.
   */
  public LintResult staged(LintRequest request) {
    GitRepository repository = repositoryOf(request);
    StagedChanges changes = repository.stagedChanges();
    DocumentLoader loader = request.config().documentLoader();
    GitPaths paths = new GitPaths();
    IndexContentSource index =
        new IndexContentSource(repository, repository.indexFiles(), loader, paths);
    FileCollector collector = new FileCollector(request.root(), request.config());
    List<SourceFile> inIndex = index.files(collector.collect(request.absoluteInputs()));
    Set<String> staged = pathsOf(inIndex, changes.staged(), paths);
    List<SourceFile> deleted = underRoot(changes.deleted(), collector, paths);
    if (staged.isEmpty() && deleted.isEmpty()) {
      return nothing(collector);
    }
    HeadContentSource head =
        HeadContentSource.read(
            repository,
            index,
            changes,
            inIndex,
            deleted,
            request.config().maxFileBytes(),
            loader,
            paths);
    List<SourceFile> edited = inIndex.stream().filter(head::differsFromIndex).toList();
    if (deleted.isEmpty() && !RemovedAnchors.any(edited, index, head)) {
      return keep(engine.run(request.reportingOnly(staged), index), staged, List.of());
    }
    LintResult whole = engine.run(request, index);
    return keep(
        whole,
        staged,
        IntroducedFindings.of(whole.findings(), engine.run(request, head).findings(), staged));
  }

  /** Lints the working tree, keeping findings for files changed since {@code ref} only. */
  public LintResult changedSince(LintRequest request, String ref) {
    GitRepository repository = repositoryOf(request);
    Set<Path> selected = new HashSet<>(repository.changedSince(ref));
    return lintSelected(request, selected, new DiskSource(request.config().documentLoader()));
  }

  /** The repository holding the first path to lint, which need not be the current directory's. */
  private static GitRepository repositoryOf(LintRequest request) {
    Path first =
        request
            .workingDirectory()
            .resolve(request.inputs().isEmpty() ? Path.of(".") : request.inputs().get(0));
    return GitRepository.discover(
        Files.isDirectory(first) ? first : first.toAbsolutePath().getParent());
  }

  private LintResult lintSelected(LintRequest request, Set<Path> selected, ContentSource source) {
    FileCollector collector = new FileCollector(request.root(), request.config());
    Set<String> paths =
        pathsOf(collector.collect(request.absoluteInputs()), selected, new GitPaths());
    return paths.isEmpty()
        ? nothing(collector)
        : keep(engine.run(request.reportingOnly(paths), source), paths, List.of());
  }

  /** The relative paths of the files that git names in {@code selected}. */
  private static Set<String> pathsOf(List<SourceFile> files, Set<Path> selected, GitPaths paths) {
    return files.stream()
        .filter(f -> selected.contains(paths.real(f.file())))
        .map(SourceFile::relativePath)
        .collect(Collectors.toSet());
  }

  /** Files that git names under the workspace root, named as the workspace names its files. */
  private static List<SourceFile> underRoot(
      Set<Path> gitPaths, FileCollector collector, GitPaths paths) {
    Path root = paths.real(collector.root());
    return gitPaths.stream()
        .filter(p -> p.startsWith(root))
        .map(p -> collector.root().resolve(root.relativize(p)))
        .map(f -> new SourceFile(f, collector.relative(f)))
        .toList();
  }

  private static LintResult nothing(FileCollector collector) {
    return new LintResult(collector.root(), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * The part of {@code whole} about {@code paths}, and the {@code introduced} findings; a rule's
   * failure on any file too, since the run's check was then incomplete.
   */
  private static LintResult keep(LintResult whole, Set<String> paths, List<Finding> introduced) {
    Set<String> reported = new HashSet<>(paths);
    introduced.forEach(f -> reported.add(f.path()));
    List<Finding> findings = new ArrayList<>(introduced);
    whole.findings().stream()
        .filter(f -> paths.contains(f.path()) || LintResult.isInternalError(f))
        .forEach(findings::add);
    findings.sort(Finding.ORDER);
    return new LintResult(
        whole.root(),
        whole.files().stream().filter(f -> reported.contains(f.path())).toList(),
        findings,
        whole.inputErrors().stream()
            .filter(e -> paths.stream().anyMatch(p -> e.startsWith(p + ": ")))
            .toList(),
        whole.stackTraces(),
        whole.remote());
  }
}
