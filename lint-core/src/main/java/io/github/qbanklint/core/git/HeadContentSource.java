package io.github.qbanklint.core.git;

import io.github.qbanklint.core.document.DocumentLoader;
import io.github.qbanklint.core.document.LoadProblem;
import io.github.qbanklint.core.engine.ContentSource;
import io.github.qbanklint.core.engine.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workspace as {@code HEAD} holds it, derived from the index's: files the index adds are left
 * out, files it deletes or renames are back at their old paths, and files it changes have their
 * {@code HEAD} content. Every other file is the same in both and is read as the index source reads
 * it. The {@code HEAD} contents are read up front, in one batch.
 */
final class HeadContentSource implements ContentSource {
  private final ContentSource index;
  private final StagedChanges changes;
  private final List<SourceFile> deleted;
  private final Map<String, byte[]> blobs;
  private final DocumentLoader loader;
  private final GitPaths paths;

  private HeadContentSource(
      ContentSource index,
      StagedChanges changes,
      List<SourceFile> deleted,
      Map<String, byte[]> blobs,
      DocumentLoader loader,
      GitPaths paths) {
    this.index = index;
    this.changes = changes;
    this.deleted = List.copyOf(deleted);
    this.blobs = blobs;
    this.loader = loader;
    this.paths = paths;
  }

  /**
   * Reads what {@code HEAD} holds for the files the index changes.
   *
   * @param inIndex the files of the index's workspace
   * @param deleted the files the index deletes, named as the workspace would name them
   * @param maxBytes the size limit of a file to lint; larger {@code HEAD} contents are not read
   * @param paths the run's real paths
   */
  static HeadContentSource read(
      GitRepository repository,
      ContentSource index,
      StagedChanges changes,
      List<SourceFile> inIndex,
      List<SourceFile> deleted,
      long maxBytes,
      DocumentLoader loader,
      GitPaths paths) {
    List<String> wanted = new ArrayList<>();
    for (List<SourceFile> files : List.of(inIndex, deleted)) {
      files.forEach(f -> changes.headBlob(paths.real(f.file())).ifPresent(wanted::add));
    }
    return new HeadContentSource(
        index, changes, deleted, repository.blobs(wanted, maxBytes), loader, paths);
  }

  /** True when {@code HEAD} has this file with other content than the index. */
  boolean differsFromIndex(SourceFile file) {
    return headBlob(file).isPresent();
  }

  @Override
  public List<SourceFile> files(List<SourceFile> inWorkTree) {
    List<SourceFile> files = new ArrayList<>();
    for (SourceFile f : index.files(inWorkTree)) {
      if (!changes.changes(paths.real(f.file())) || differsFromIndex(f)) {
        files.add(f);
      }
    }
    files.addAll(deleted);
    files.sort(Comparator.comparing(SourceFile::relativePath));
    return files;
  }

  @Override
  public DocumentLoader.Result load(SourceFile file) {
    Optional<String> blob = headBlob(file);
    if (blob.isEmpty()) {
      return index.load(file);
    }
    byte[] content = blobs.get(blob.get());
    return content == null
        ? new DocumentLoader.Failed(
            new LoadProblem(
                LoadProblem.Kind.TOO_LARGE, "not read from HEAD: over the size limit", 1, 1))
        : loader.decode(file.relativePath(), content);
  }

  private Optional<String> headBlob(SourceFile file) {
    return changes.headBlob(paths.real(file.file()));
  }
}
