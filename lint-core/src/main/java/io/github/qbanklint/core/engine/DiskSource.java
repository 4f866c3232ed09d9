package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.cache.FileStamp;
import io.github.qbanklint.core.document.DocumentLoader;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads files from the working tree, at the real paths the {@link FileCollector} resolved: a path
 * that became a symbolic link since is not followed.
 */
public final class DiskSource implements ByteSource {
  private final DocumentLoader loader;

  public DiskSource(DocumentLoader loader) {
    this.loader = loader;
  }

  @Override
  public DocumentLoader.Read read(SourceFile file) {
    return loader.read(file.file());
  }

  @Override
  public Optional<byte[]> stamp(SourceFile file) {
    return FileStamp.of(file.file(), Instant.now());
  }

  @Override
  public DocumentLoader.Result decode(SourceFile file, byte[] bytes) {
    return loader.decode(file.relativePath(), bytes);
  }
}
