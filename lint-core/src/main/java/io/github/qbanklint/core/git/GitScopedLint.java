package io.github.qbanklint.core.git;

import io.github.qbanklint.core.engine.ContentSource;
import io.github.qbanklint.core.engine.DiskSource;
import io.github.qbanklint.core.engine.FileCollector;
import io.github.qbanklint.core.engine.LintEngine;
import io.github.qbanklint.core.engine.LintRequest;
import io.github.qbanklint.core.engine.LintResult;
import io.github.qbanklint.core.engine.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lints only what git says changed, without losing cross-file checks: the whole workspace is linted
 * (so anchors into unchanged files still resolve), and only findings in the selected files are
 * kept. The selection is the request's files (include and exclude applied) that git names. When
 * none of them is selected nothing is parsed at all, so a commit without Markdown is free.
 */
public final class GitScopedLint {
  private final LintEngine engine;

  public GitScopedLint(LintEngine engine) {
    this.engine = engine;
  }

  /**
   * Lints the content staged for the next commit: files whose working tree has unstaged edits are
   * read from the index, and findings are kept for staged files only.
   */
  public LintResult staged(LintRequest request) {
    GitRepository repository = repositoryOf(request);
    Set<Path> selected = new HashSet<>(repository.stagedFiles());
    ContentSource index =
        new IndexContentSource(
            repository, repository.unstagedChanges(), request.config().documentLoader());
    return lintSelected(request, selected, index);
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
    List<Path> inputs = request.absoluteInputs();
    FileCollector collector = new FileCollector(request.root(), request.config());
    Set<String> paths =
        collector.collect(inputs).stream()
            .filter(f -> selected.contains(GitPaths.real(f.file())))
            .map(SourceFile::relativePath)
            .collect(Collectors.toSet());
    if (paths.isEmpty()) {
      return new LintResult(collector.root(), List.of(), List.of(), List.of(), List.of());
    }
    LintResult whole = engine.run(request, source);
    return new LintResult(
        whole.root(),
        whole.files().stream().filter(f -> paths.contains(f.path())).toList(),
        whole.findings().stream().filter(f -> paths.contains(f.path())).toList(),
        whole.inputErrors().stream()
            .filter(e -> paths.stream().anyMatch(p -> e.startsWith(p + ": ")))
            .toList(),
        whole.stackTraces());
  }
}
