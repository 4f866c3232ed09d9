package io.github.qbanklint.core.git;

import io.github.qbanklint.core.document.DocumentLoader;
import io.github.qbanklint.core.document.LoadProblem;
import io.github.qbanklint.core.engine.ByteSource;
import io.github.qbanklint.core.engine.DiskSource;
import io.github.qbanklint.core.engine.SourceFile;
import java.util.List;
import java.util.Optional;

/**
 * The workspace as the git index holds it: the working tree's files that the index tracks (not
 * untracked or ignored ones, nor those whose removal is staged), with their staged content. Only
 * files whose working tree differs from the index are read through {@code git show :path} (one
 * process each); the rest are identical on disk and read from there, so a commit touching one file
 * costs one git process, not one per file.
 */
final class IndexContentSource implements ByteSource {
  private final GitRepository repository;
  private final IndexFiles index;
  private final DiskSource disk;
  private final DocumentLoader loader;
  private final GitPaths paths;

  IndexContentSource(
      GitRepository repository, IndexFiles index, DocumentLoader loader, GitPaths paths) {
    this.repository = repository;
    this.index = index;
    this.disk = new DiskSource(loader);
    this.loader = loader;
    this.paths = paths;
  }

  @Override
  public List<SourceFile> files(List<SourceFile> inWorkTree) {
    return inWorkTree.stream().filter(f -> index.tracks(paths.real(f.file()))).toList();
  }

  @Override
  public DocumentLoader.Read read(SourceFile file) {
    if (!index.differsFromWorkTree(paths.real(file.file()))) {
      return disk.read(file);
    }
    try {
      return new DocumentLoader.Bytes(repository.stagedContent(paths.real(file.file())));
    } catch (GitException e) {
      return new DocumentLoader.Failed(
          new LoadProblem(LoadProblem.Kind.UNREADABLE, e.getMessage(), 1, 1));
    }
  }

  /** A file the index holds as it is on disk has the disk file's stamp; a staged edit has none. */
  @Override
  public Optional<byte[]> stamp(SourceFile file) {
    return index.differsFromWorkTree(paths.real(file.file())) ? Optional.empty() : disk.stamp(file);
  }

  @Override
  public DocumentLoader.Result decode(SourceFile file, byte[] bytes) {
    return loader.decode(file.relativePath(), bytes);
  }
}
