package io.github.qbanklint.core.config;

import io.github.qbanklint.core.document.StrictUtf8;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a config file as UTF-8 text (a UTF-8 byte order mark is dropped). A file that cannot be
 * read, or is not UTF-8 text, is a one-line {@link ConfigException} naming it, and the line of the
 * first bad byte.
 */
final class ConfigText {
  /** Far more than any config needs; a larger file is not a config, whatever its name. */
  static final long MAX_BYTES = 1 << 20;

  private ConfigText() {}

  static String read(Path file) {
    byte[] bytes = readBytes(file);
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      throw new ConfigException(
          file, 0, 0, "the config is UTF-16 text (it starts with a UTF-16 mark); save it as UTF-8");
    }
    int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw at(file, bytes, start, i, "the config is binary, not text (a NUL byte)");
      }
    }
    int invalid = StrictUtf8.firstInvalid(bytes, start);
    if (invalid >= 0) {
      throw at(
          file,
          bytes,
          start,
          invalid,
          String.format(
              "the config is not valid UTF-8 (byte 0x%02X); save it as UTF-8",
              bytes[invalid] & 0xFF));
    }
    return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
  }

  private static byte[] readBytes(Path file) {
    try {
      if (Files.isDirectory(file)) {
        throw new ConfigException(
            file, 0, 0, "is a directory, not a config file; name the .qbank-lint.yml in it");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new ConfigException(
            file, 0, 0, "is over 1 MiB, too large for a config file; name the right file");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file, 0, 0, "cannot read the config: no such file");
    } catch (AccessDeniedException e) {
      throw new ConfigException(file, 0, 0, "cannot read the config: permission denied");
    } catch (FileSystemException e) {
      throw new ConfigException(
          file,
          0,
          0,
          "cannot read the config: " + (e.getReason() != null ? e.getReason() : "input error"));
    } catch (IOException e) {
      throw new ConfigException(file, 0, 0, "cannot read the config: " + e.getMessage());
    }
  }

  /** A problem at the byte at {@code offset}: its 1-based line, and column in code points. */
  private static ConfigException at(
      Path file, byte[] bytes, int start, int offset, String message) {
    String before = new String(bytes, start, offset - start, StandardCharsets.UTF_8);
    int lineStart = before.lastIndexOf('\n') + 1;
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = before.codePointCount(lineStart, before.length()) + 1;
    return new ConfigException(file, line, column, message);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
