package io.github.qbanklint.core.fix;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Why a fixed file was not written, in one line that says what to do about it; the file's path is
 * not part of it (the caller shows the path next to it).
 */
public final class WriteRefusedException extends IOException {
  private static final long serialVersionUID = 1L;

  public WriteRefusedException(String reason) {
    super(reason);
  }

  /** A refusal for a failed file operation, {@code doing} what, without the library's wording. */
  static WriteRefusedException of(String doing, IOException e) {
    if (e instanceof WriteRefusedException refused) {
      return refused;
    }
    return new WriteRefusedException("cannot " + doing + ": " + cause(e));
  }

  private static String cause(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(Locale.ROOT);
    }
    return String.valueOf(e.getMessage());
  }
}
