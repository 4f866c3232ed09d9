package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.document.DocumentLoader;

/**
 * Reads files from the working tree, at the real paths the {@link FileCollector} resolved: a path
 * that became a symbolic link since is not followed.
 */
public final class DiskSource implements ContentSource {
  private final DocumentLoader loader;

  public DiskSource(DocumentLoader loader) {
    this.loader = loader;
  }

  @Override
  public DocumentLoader.Result load(SourceFile file) {
    return loader.load(file.file(), file.relativePath());
  }
}
