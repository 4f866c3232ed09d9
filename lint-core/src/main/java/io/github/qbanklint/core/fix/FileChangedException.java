package io.github.qbanklint.core.fix;

import java.io.IOException;
import java.nio.file.Path;

/** A file that is no longer what was read and fixed, so writing the fix would lose an edit. */
public final class FileChangedException extends IOException {
  private static final long serialVersionUID = 1L;

  public FileChangedException(Path file) {
    super(file + " changed since it was read; nothing was written. Run the fix again.");
  }
}
