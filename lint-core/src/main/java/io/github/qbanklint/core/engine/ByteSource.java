package io.github.qbanklint.core.engine;

import io.github.qbanklint.core.cache.FileStamp;
import io.github.qbanklint.core.document.DocumentLoader;
import java.util.Optional;

/**
 * A source that reads a file's bytes before decoding them, so that a result cache can be keyed by
 * exactly the bytes that are linted and a hit skips decoding and parsing.
 */
public interface ByteSource extends ContentSource {
  DocumentLoader.Read read(SourceFile file);

  DocumentLoader.Result decode(SourceFile file, byte[] bytes);

  /**
   * What the file system says about the file without reading it (see {@link FileStamp}), when the
   * bytes come from the file itself; empty when they do not, or when the file must be read.
   */
  default Optional<byte[]> stamp(SourceFile file) {
    return Optional.empty();
  }

  @Override
  default DocumentLoader.Result load(SourceFile file) {
    DocumentLoader.Read read = read(file);
    return read instanceof DocumentLoader.Bytes b
        ? decode(file, b.bytes())
        : (DocumentLoader.Failed) read;
  }
}
