package io.github.qbanklint.core.document;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Reads a file's bytes into a {@link Document}: strips a UTF-8 BOM, decodes UTF-8 strictly, and
 * reports UTF-16 and UTF-32 files, binary files, invalid bytes and oversized files as a {@link
 * LoadProblem} instead.
 */
public final class DocumentLoader {
  private final long maxBytes;
  private final int maxInlineChars;

  public DocumentLoader(long maxBytes) {
    this(maxBytes, MarkdownParser.DEFAULT_MAX_INLINE_CHARS);
  }

  /** See {@link Document#Document(String, SourceFacts, String, int)} for {@code maxInlineChars}. */
  public DocumentLoader(long maxBytes, int maxInlineChars) {
    this.maxBytes = maxBytes;
    this.maxInlineChars = maxInlineChars;
  }

  /** The outcome of loading one file: a document, or the problem that prevented it. */
  public sealed interface Result permits Loaded, Failed {}

  public record Loaded(Document document) implements Result {}

  public record Failed(LoadProblem problem) implements Result, Read {}

  /** The outcome of reading one file's bytes, before decoding. */
  public sealed interface Read permits Bytes, Failed {}

  public record Bytes(byte[] bytes) implements Read {}

  /**
   * Reads the regular file at {@code file} without following a symbolic link there, and never opens
   * anything else (opening a pipe would wait for a writer).
   */
  public Result load(Path file, String relativePath) {
    Read read = read(file);
    return read instanceof Bytes b ? decode(relativePath, b.bytes()) : (Failed) read;
  }

  /** Reads the bytes of the regular file at {@code file}, as {@link #load} does. */
  public Read read(Path file) {
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return failed(LoadProblem.Kind.UNREADABLE, notAFile(file));
      }
      try (SeekableByteChannel channel =
          Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
        long size = channel.size();
        if (size > maxBytes) {
          return failed(
              LoadProblem.Kind.TOO_LARGE,
              "file is "
                  + size
                  + " bytes, over the limit of "
                  + maxBytes
                  + " bytes (raise maxFileBytes in .qbank-lint.yml to lint it)");
        }
        return new Bytes(Channels.newInputStream(channel).readAllBytes());
      }
    } catch (IOException | SecurityException e) {
      return failed(LoadProblem.Kind.UNREADABLE, "cannot read file: " + describe(e));
    }
  }

  /** Decodes bytes that were read elsewhere (for example from the git index). */
  public Result decode(String relativePath, byte[] bytes) {
    Optional<String> foreign = ByteOrderMarks.foreignEncoding(bytes);
    if (foreign.isPresent()) {
      String encoding = foreign.get();
      // iconv's UTF-16 and UTF-32 read the mark and drop it; with LE or BE it would stay as text.
      return failed(
          LoadProblem.Kind.ENCODING,
          encoding
              + " (byte-order mark), not UTF-8; convert to UTF-8 (for example: iconv -f "
              + encoding.substring(0, encoding.length() - 2)
              + " -t UTF-8)");
    }
    int start = ByteOrderMarks.utf8Length(bytes);
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      return failedAt(
          LoadProblem.Kind.BINARY,
          "binary file (NUL byte at offset "
              + nul
              + "): not Markdown; exclude it in .qbank-lint.yml",
          bytes,
          start,
          nul);
    }
    String text = StrictUtf8.lenient(bytes, start);
    int badByte = StrictUtf8.firstInvalid(bytes, start, text);
    if (badByte >= 0) {
      return failedAt(
          LoadProblem.Kind.ENCODING,
          String.format(
              "not valid UTF-8: byte 0x%02X at offset %d; convert the file to UTF-8"
                  + " (for example: iconv -f GB18030 -t UTF-8)",
              bytes[badByte] & 0xff, badByte),
          bytes,
          start,
          badByte);
    }
    return new Loaded(
        new Document(
            relativePath,
            new SourceFacts(start > 0, LineEnding.detect(text), bytes.length),
            text,
            maxInlineChars));
  }

  /** A problem at the byte {@code offset}, placed at its line and column in the text before it. */
  private static Result failedAt(
      LoadProblem.Kind kind, String message, byte[] bytes, int start, int offset) {
    String before = new String(bytes, start, offset - start, StandardCharsets.UTF_8);
    LineIndex index = new LineIndex(before);
    return new Failed(
        new LoadProblem(kind, message, index.line(before.length()), index.column(before.length())));
  }

  /** Why a path is not something to read; checked before opening, so a FIFO never blocks. */
  private static String notAFile(Path file) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return "cannot read file: " + describe(e);
    }
    if (attributes.isDirectory()) {
      return "is a directory, not a Markdown file; name a file, or exclude it in .qbank-lint.yml";
    }
    if (attributes.isSymbolicLink()) {
      return Files.exists(file)
          ? "a symbolic link, not followed here: name its target"
          : "broken symbolic link: its target does not exist";
    }
    return "not a regular file (a pipe, socket or device): not read; exclude it in .qbank-lint.yml";
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static Failed failed(LoadProblem.Kind kind, String message) {
    return new Failed(new LoadProblem(kind, message, 1, 1));
  }

  private static String describe(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return String.valueOf(e.getMessage());
  }
}
